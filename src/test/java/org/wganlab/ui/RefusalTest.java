package org.wganlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.config.SpecException;
import org.wganlab.config.SpecJson;
import org.wganlab.i18n.Words;

/** A settings file's value out of range, refused in the window's language, where it was found kept. */
class RefusalTest {
    private static SpecException refusal(String json) {
        return assertThrows(SpecException.class, () -> SpecJson.read(json));
    }

    @Test
    void aValueOutOfRangeInAFileIsWordedInGermanWithItsPlace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\n  \"mode\": \"gp\",\n  \"lr\": 5e3\n}\n");
        SpecException e = assertThrows(SpecException.class, () -> SpecJson.read(file));
        assertTrue(e.reason() instanceof SpecException.OutOfRange, "the reason comes as data: " + e.getMessage());
        // English: the engine's own message, word for word, so the window and the command line agree.
        assertEquals(e.getMessage(), Refusal.worded(e, Words.english()));
        String de = Refusal.worded(e, Words.of(Locale.GERMANY));
        assertEquals(e.where() + "lr muss größer als 0 und höchstens 10 sein, nicht 5000", de);
        assertEquals(file + ": ", e.where(), "the file it was found in");
    }

    @Test
    void aWholeNumberSettingSaysSoInGerman() {
        SpecException e = refusal("{\"hidden\": 0}");
        assertEquals(e.where() + "hidden muss eine ganze Zahl von 1 bis 4096 sein, nicht 0", Refusal.worded(e, Words.of(Locale.GERMANY)));
    }

    @Test
    void anUnknownKeyIsNamedInGermanWithItsLine() {
        SpecException e = refusal("{\n  \"mode\": \"gp\",\n  \"no_such_key\": 1\n}");
        assertEquals(e.getMessage(), Refusal.worded(e, Words.english()));
        assertEquals("line 3, column 19: ", e.where());
        assertEquals("Zeile 3, Spalte 19: unbekannter Schlüssel „no_such_key“", Refusal.worded(e, Words.of(Locale.GERMANY)));
    }

    @Test
    void aLessonFilesPlaceIsWordedInGermanAndItsNameKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lesson.json");
        Files.writeString(file, "{\"format\": \"wgan-lab-lesson\", \"version\": 1, \"title\": \"T\", \"steps\": [\n"
                + " {\"title\": \"A\", \"text\": \"t\", \"start\": {\"settings\": {\"lr\": 99}}}]}");
        SpecException e = assertThrows(SpecException.class, () -> org.wganlab.lesson.LessonJson.read(file));
        String de = Refusal.worded(e, Words.of(Locale.GERMANY));
        assertTrue(de.startsWith(file + ": Zeile 2, Spalte "), de);
        assertTrue(de.endsWith("lr muss größer als 0 und höchstens 10 sein, nicht 99"), de);
        assertEquals(e.getMessage(), Refusal.worded(e, Words.english()));
    }

    @Test
    void anotherReasonStaysAsTheEngineWroteIt() {
        SpecException e = refusal("{\"mode\": 5}");
        assertEquals(null, e.reason(), e.getMessage());
        assertEquals(e.getMessage(), Refusal.worded(e, Words.of(Locale.GERMANY)));
    }
}
