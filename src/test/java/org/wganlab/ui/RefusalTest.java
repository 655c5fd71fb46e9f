package org.wganlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.config.SpecException;
import org.wganlab.config.SpecJson;
import org.wganlab.i18n.Words;
import org.wganlab.session.SessionException;
import org.wganlab.session.SessionFile;

/** A settings, lesson or session file refused in the window's language, where it was found kept; the English as the command line prints it. */
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
    void textThatIsNotJsonIsSaidInGermanWithTheParsersOwnAccount() {
        SpecException e = refusal("{\n  \"mode\": \"gp\",\n}");
        assertTrue(e.reason() instanceof SpecException.InWords w && w.words().key().equals("refusal.notJson"), e.getMessage());
        assertEquals(e.getMessage(), Refusal.worded(e, Words.english()));
        assertTrue(e.getMessage().startsWith("line 3, column 1: not valid JSON: "), e.getMessage());
        String de = Refusal.worded(e, Words.of(Locale.GERMANY));
        assertTrue(de.startsWith("Zeile 3, Spalte 1: kein gültiges JSON (der Parser meldet: "), de);
    }

    @Test
    void aValueOfTheWrongKindIsNamedInGerman() {
        SpecException e = refusal("{\"mode\": 5}");
        assertEquals(e.getMessage(), Refusal.worded(e, Words.english()));
        assertTrue(e.getMessage().endsWith("\"mode\" must be a string"), e.getMessage());
        assertEquals("Zeile 1, Spalte 10: „mode“ muss eine Zeichenkette sein", Refusal.worded(e, Words.of(Locale.GERMANY)));
        assertTrue(Refusal.worded(refusal("{\"hidden\": \"64\"}"), Words.of(Locale.GERMANY)).endsWith("„hidden“ muss eine ganze Zahl sein"));
    }

    @Test
    void aFileThatIsNotThereOrNotUtf8IsSaidInGerman(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.json");
        SpecException e = assertThrows(SpecException.class, () -> SpecJson.read(missing));
        assertEquals("cannot read " + missing + ": no such file", Refusal.worded(e, Words.english()));
        assertEquals(missing + " kann nicht gelesen werden: Datei nicht gefunden", Refusal.worded(e, Words.of(Locale.GERMANY)));
        Path latin1 = Files.write(dir.resolve("latin1.json"), "{\"mode\": \"gp\", \"x\": \"\u00fc\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        SpecException l = assertThrows(SpecException.class, () -> SpecJson.read(latin1));
        assertEquals(latin1 + " kann nicht gelesen werden: kein UTF-8-Text", Refusal.worded(l, Words.of(Locale.GERMANY)));
    }

    @Test
    void aSessionThatIsNotOneOrIsNewerIsSaidInGerman(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("text.wgan"), "{\"mode\": \"gp\"}");
        SessionException e = assertThrows(SessionException.class, () -> SessionFile.read(text));
        assertEquals(e.getMessage(), Refusal.worded(e, Words.english()));
        String de = Refusal.worded(e, Words.of(Locale.GERMANY));
        assertTrue(de.startsWith(text + ": keine WGAN-Lab-Sitzung, oder sie ist abgeschnitten oder beschädigt ("), de);

        Path newer = dir.resolve("newer.wgan");
        writeSession(newer, 99, null);
        SessionException n = assertThrows(SessionException.class, () -> SessionFile.read(newer));
        assertEquals("refusal.session.newer", n.reason().key(), n.getMessage());
        assertEquals(n.getMessage(), Refusal.worded(n, Words.english()));
        assertTrue(Refusal.worded(n, Words.of(Locale.GERMANY)).startsWith(newer + ": von einem neueren WGAN Lab geschrieben (Sitzungsformat 99)"));
    }

    @Test
    void aSessionsDamageIsSaidInGermanItsTechnicalEvidenceKept(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("damaged.wgan");
        writeSession(bad, 0, null);
        SessionException e = assertThrows(SessionException.class, () -> SessionFile.read(bad));
        assertEquals(e.getMessage(), Refusal.worded(e, Words.english()));
        assertEquals(bad + ": keine WGAN-Lab-Sitzung, oder sie ist abgeschnitten oder beschädigt (session format 0 is not one WGAN Lab ever wrote)",
                Refusal.worded(e, Words.of(Locale.GERMANY)));
    }

    @Test
    void aSessionsSettingsRefusalIsWordedInGermanInsideItsFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.wgan");
        writeSession(bad, 1, "{\"lr\": 99}");
        SessionException e = assertThrows(SessionException.class, () -> SessionFile.read(bad));
        assertEquals(e.getMessage(), Refusal.worded(e, Words.english()));
        assertEquals(bad + ": config.json: lr muss größer als 0 und höchstens 10 sein, nicht 99", Refusal.worded(e, Words.of(Locale.GERMANY)));
    }

    /** A session file holding a state.json of this format version and, unless null, this config.json. */
    private static void writeSession(Path file, int version, String config) throws java.io.IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("state.json"));
            zip.write(("{\"format\": \"" + SessionFile.FORMAT + "\", \"version\": " + version + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (config != null) {
                zip.putNextEntry(new ZipEntry("config.json"));
                zip.write(config.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    private static SpecException lessonRefusal(String step) {
        return assertThrows(SpecException.class, () -> org.wganlab.lesson.LessonJson.read(
                "{\"format\": \"wgan-lab-lesson\", \"version\": 1, \"title\": \"T\", \"steps\": [\n " + step + "]}", "lesson.json"));
    }

    @Test
    void aLessonsStructureIsRefusedInGerman() {
        SpecException e = lessonRefusal("{\"title\": \"A\", \"start\": {\"settings\": {}}}");
        assertEquals(e.getMessage(), Refusal.worded(e, Words.english()));
        assertTrue(e.getMessage().endsWith("step \"A\" needs a \"text\""), e.getMessage());
        String de = Refusal.worded(e, Words.of(Locale.GERMANY));
        assertTrue(de.endsWith("Schritt „A“ braucht einen „text“"), de);
        assertTrue(de.contains("Zeile 2, Spalte "), "its place in German: " + de);
    }

    @Test
    void aMalformedFormulaIsRefusedInGermanWithItsPlace() {
        SpecException e = lessonRefusal("{\"title\": \"A\", \"text\": \"x $\\\\frac{a$ y\", \"start\": {\"settings\": {}}}");
        assertEquals(e.getMessage(), Refusal.worded(e, Words.english()));
        assertTrue(e.getMessage().endsWith("step \"A\", \"text\": the formula at character 3 of the text, $\\frac{a$: its braces { } do not pair up"), e.getMessage());
        String de = Refusal.worded(e, Words.of(Locale.GERMANY));
        assertTrue(de.endsWith("Schritt „A“, „text“: die Formel bei Zeichen 3 des Textes, $\\frac{a$: ihre Klammern { } sind nicht paarig"), de);
        assertTrue(de.contains("Zeile 2, Spalte "), de);
    }

    @Test
    void aClaimThatCannotBeReadIsRefusedInGerman() {
        SpecException e = lessonRefusal("{\"title\": \"A\", \"text\": \"t\", \"start\": {\"settings\": {}}, \"expect\": [\"W1 >= 0 over the last 0%\"]}");
        assertEquals(e.getMessage(), Refusal.worded(e, Words.english()));
        assertTrue(e.getMessage().contains("claim \"W1 >= 0 over the last 0%\", at character 8"), e.getMessage());
        assertTrue(e.getMessage().endsWith("the window must be more than 0% and at most 100% of the step"), e.getMessage());
        String de = Refusal.worded(e, Words.of(Locale.GERMANY));
        assertTrue(de.contains("Behauptung „W1 >= 0 over the last 0%“, bei Zeichen 8"), de);
        assertTrue(de.endsWith("das Fenster muss mehr als 0% und höchstens 100% des Schritts sein"), de);
    }

    @Test
    void aPointsFileIsRefusedInGermanAtItsLine(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("points.csv"), "x,y\n0.5,1\nzwei,drei\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> org.wganlab.data.PointsCsv.read(csv));
        assertEquals(e.getMessage(), Refusal.worded(e, Words.english()));
        assertEquals(csv + ", line 3: expected two numbers x,y, got \"zwei,drei\"", e.getMessage());
        assertEquals(csv + ", Zeile 3: erwartet werden zwei Zahlen x,y, nicht „zwei,drei“", Refusal.worded(e, Words.of(Locale.GERMANY)));
        Path few = Files.writeString(dir.resolve("few.csv"), "0,0\n");
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> org.wganlab.data.PointsCsv.read(few));
        assertTrue(Refusal.worded(f, Words.of(Locale.GERMANY)).startsWith(few + ": eine Punktmenge hat "), Refusal.worded(f, Words.of(Locale.GERMANY)));
    }

    @Test
    void aMixtureInASettingsFileIsRefusedInGerman() {
        SpecException e = refusal("{\"dataset\": \"mixture\", \"mixture\": {\"components\": [{\"mean\": [0, 0], \"std\": 1}, {\"mean\": [0, 0], \"std\": -1}]}}");
        assertEquals("mixture", e.key(), "the command line names its flag");
        assertEquals("mixture component 2: \"std\" must be positive, got -1.0", e.getMessage());
        assertEquals(e.getMessage(), Refusal.worded(e, Words.english()));
        assertEquals("mixture: Komponente 2: „std“ muss positiv sein, nicht -1.0", Refusal.worded(e, Words.of(Locale.GERMANY)));
        SpecException wide = refusal("{\"dataset\": \"mixture\", \"mixture\": {\"components\": [{\"mean\": [0, 0], \"std\": 5000}]}}");
        assertTrue(Refusal.worded(wide, Words.of(Locale.GERMANY)).startsWith("mixture: Komponente 1: die Streuung einer Komponente darf je Achse höchstens 1000 sein"),
                Refusal.worded(wide, Words.of(Locale.GERMANY)));
    }

    @Test
    void aNameTheFormatDoesNotKnowIsRefusedInGerman() {
        SpecException e = refusal("{\"mode\": \"wgan\"}");
        assertEquals("\"mode\": unknown mode 'wgan' (expected clip, gp, lp, none, gan or minimax)", e.getMessage());
        assertEquals(e.getMessage(), Refusal.worded(e, Words.english()));
        assertEquals("„mode“: unbekannter Wert für mode: „wgan“ (erwartet: clip, gp, lp, none, gan oder minimax)", Refusal.worded(e, Words.of(Locale.GERMANY)));
        SpecException d = refusal("{\"dataset\": \"9gaussians\"}");
        assertEquals(d.getMessage(), Refusal.worded(d, Words.english()));
        assertTrue(Refusal.worded(d, Words.of(Locale.GERMANY)).startsWith("dataset: „9gaussians“ ist kein Datensatz (erwartet: einer von "), Refusal.worded(d, Words.of(Locale.GERMANY)));
    }

    @Test
    void anotherReasonStaysAsTheEngineWroteIt() {
        IllegalArgumentException e = new IllegalArgumentException("a reason that is only words");
        assertEquals("a reason that is only words", Refusal.worded(e, Words.of(Locale.GERMANY)));
    }
}
