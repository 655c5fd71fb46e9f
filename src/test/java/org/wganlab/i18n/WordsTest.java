package org.wganlab.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The two bundles: the same keys, the same arguments, and the language chosen as asked. */
class WordsTest {
    static final String ENGLISH = "/org/wganlab/i18n/Words.properties", GERMAN = "/org/wganlab/i18n/Words_de.properties";

    static Properties read(String resource) throws IOException {
        try (InputStream in = WordsTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Properties en = read(ENGLISH), de = read(GERMAN);
        TreeSet<String> onlyEn = new TreeSet<>(en.stringPropertyNames()), onlyDe = new TreeSet<>(de.stringPropertyNames());
        onlyEn.removeAll(de.stringPropertyNames());
        onlyDe.removeAll(en.stringPropertyNames());
        assertTrue(onlyEn.isEmpty(), "missing from the German words: " + onlyEn);
        assertTrue(onlyDe.isEmpty(), "in the German words but not the English: " + onlyDe);
        assertTrue(en.size() > 300, "the window's words: " + en.size());
        for (String k : en.stringPropertyNames()) {
            assertFalse(en.getProperty(k).isBlank(), k);
            assertFalse(de.getProperty(k).isBlank(), k);
        }
    }

    private static final Pattern CONVERSION = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?([a-zA-Z%])");

    /** The conversions a pattern takes, in argument order (a translation may reorder them with %1$s). */
    static List<String> conversions(String pattern) {
        List<String> out = new ArrayList<>();
        Matcher m = CONVERSION.matcher(pattern);
        int next = 1;
        List<String[]> found = new ArrayList<>();
        while (m.find()) {
            if (m.group(3).equals("%") || m.group(3).equals("n")) continue;
            int index = m.group(1) == null ? next++ : Integer.parseInt(m.group(1).replace("$", ""));
            found.add(new String[] {Integer.toString(index), m.group(3)});
        }
        found.sort((a, b) -> Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0])));
        for (String[] f : found) out.add(f[0] + f[1]);
        return out;
    }

    @Test
    void aTranslationTakesTheSameArgumentsAsTheEnglish() throws IOException {
        Properties en = read(ENGLISH), de = read(GERMAN);
        for (String k : new TreeSet<>(en.stringPropertyNames())) {
            assertEquals(conversions(en.getProperty(k)), conversions(de.getProperty(k)), k + ": " + en.getProperty(k) + " / " + de.getProperty(k));
        }
        assertEquals(List.of("1d", "2s"), conversions("%d and %s"));
        assertEquals(List.of("1s", "2d"), conversions("%2$d then %1$s, 100%%"));
    }

    @Test
    void everyPatternFormatsWithPlaceholderArguments() throws IOException {
        for (String language : List.of("en", "de")) {
            Words w = Words.forSetting(language);
            for (String k : read(ENGLISH).stringPropertyNames()) {
                List<String> conv = conversions(w.get(k));
                Object[] args = new Object[conv.size()];
                for (int i = 0; i < args.length; i++) {
                    char c = conv.get(i).charAt(conv.get(i).length() - 1);
                    args[i] = c == 'd' ? (Object) 7 : c == 'f' || c == 'e' || c == 'g' ? (Object) 0.5 : "x";
                }
                assertFalse(w.format(k, args).isEmpty(), language + " " + k);
            }
        }
    }

    @Test
    void theLanguageIsTheSettingsOrTheSystems() {
        assertEquals("Datei", Words.forSetting("de").get("menu.file"));
        assertEquals("File", Words.forSetting("en").get("menu.file"));
        assertEquals("Datei", Words.of(Locale.GERMANY).get("menu.file"));
        assertEquals("de", Words.of(Locale.GERMANY).language());
        // A language without a translation speaks English.
        assertEquals("File", Words.of(Locale.FRANCE).get("menu.file"));
        assertEquals("en", Words.of(Locale.FRANCE).language());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Words.forSetting("fr"));
        assertTrue(e.getMessage().contains("'fr'") && e.getMessage().contains("de") && e.getMessage().contains("en"), e.getMessage());
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("Datei", Words.forSetting(null).get("menu.file"), "no setting: the system's language");
            assertEquals("File", Words.english().get("menu.file"), "English under a German system is English");
            Locale.setDefault(Locale.US);
            assertEquals("File", Words.forSetting(" ").get("menu.file"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void numbersKeepTheirPointAndAMissingKeyIsNamed() {
        assertTrue(Words.forSetting("de").format("transport.w1", 0.5).startsWith("W1 = 0.500:"), "the plots and files write 0.5, so the window does");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Words.english().get("no.such.key"));
        assertTrue(e.getMessage().contains("no.such.key"), e.getMessage());
    }
}
