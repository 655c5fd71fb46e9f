package org.wganlab.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No window word outside the bundles: every string literal in the window's sources (the
 * {@code ui} package, the figures it draws and the dashboard's caption) is a key of the bundle,
 * a code that is not a word (an id, a style class, a file name, LaTeX), or an argument of a call
 * that never reaches the screen (ids, styles, thread names, programming errors, stderr).
 */
class HardCodedWordsTest {
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java/org/wganlab/ui"), Path.of("src/main/java/org/wganlab/figures"),
            Path.of("src/main/java/org/wganlab/export/Dashboard.java"));

    /** Read from system properties, not shown: the whole file is the window's options. */
    private static final Set<String> NOT_SHOWN_FILES = Set.of("WindowOptions.java");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** A literal straight after one of these calls' opening parenthesis (or as its second argument, for threads) never reaches the screen. */
    private static final Pattern NOT_SHOWN = Pattern.compile("(?:setId|getStyleClass\\(\\)\\.(?:add|addAll|remove)|setStyle|keyCombination|getResource|getProperty"
            + "|getBoolean|getInteger|lookup|setInitialFileName|println|printf|print|IllegalArgumentException|IllegalStateException|button|field|check"
            + "|ParamControl|Range|FigurePane|View|chart|words\\.get|words\\.format|daemon|single)\\(\\s*(?:[\\w.]+,\\s*)?\"(?:[^\"\\\\]|\\\\.)*\"");

    private static final Pattern TO_DEVELOPER = Pattern.compile("System\\.(?:err|out)\\.print|new Illegal(?:Argument|State)Exception\\(");

    /** Codes that look like words: data set and view ids, file names and the figures' short symbols. */
    private static final Set<String> CODES = Set.of("mixture", "pair-", "config.json", "session", "compare.png", "replay.html", "training.gif", "composite.",
            "GIF", "false", "linux", "software", "dashboard", "A:", "B:", "C(x)", "D(x)", "n_critic", "presentation");

    @Test
    void everyWindowWordComesFromTheBundle() throws IOException {
        Properties en = WordsTest.read(WordsTest.ENGLISH);
        List<String> found = new ArrayList<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.isDirectory(root) ? Files.walk(root) : Stream.of(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (NOT_SHOWN_FILES.contains(f.getFileName().toString())) continue;
                    found.addAll(hardCoded(f, en));
                }
            }
        }
        assertTrue(found.isEmpty(), "window words outside the bundle (put them in Words.properties and Words_de.properties):\n" + String.join("\n", found));
    }

    @Test
    void theScanFindsAHardCodedWord() throws IOException {
        Path tmp = Files.createTempFile("Window", ".java");
        try {
            Files.writeString(tmp, "class W {\n  Button b = new Button(\"Reset\");\n  Label l = new Label(words.get(\"control.reset\"));\n"
                    + "  // a comment with \"Words\" in it\n  Axis a = new NumberAxis(\"distance\");\n  Node n = x.setId(\"step-critic\");\n}\n");
            List<String> found = hardCoded(tmp, WordsTest.read(WordsTest.ENGLISH));
            assertTrue(found.size() == 2 && found.get(0).contains("\"Reset\"") && found.get(1).contains("\"distance\""), found.toString());
        } finally {
            Files.delete(tmp);
        }
    }

    @Test
    void everyKeyTheSourcesNameIsInTheBundle() throws IOException {
        Properties en = WordsTest.read(WordsTest.ENGLISH);
        // A whole key: the literal is the argument, not the first part of a key built from pieces.
        Pattern named = Pattern.compile("words\\.(?:get|format)\\(\\s*\"([^\"]+)\"\\s*[,)]");
        List<String> missing = new ArrayList<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.isDirectory(root) ? Files.walk(root) : Stream.of(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = named.matcher(Files.readString(f));
                    while (m.find()) if (!en.containsKey(m.group(1))) missing.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys not in Words.properties: " + missing);
    }

    /** The literals of one file that look like words and are none of the allowed kinds, as "File.java:line: literal". */
    static List<String> hardCoded(Path file, Properties bundle) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // Comments (javadoc and line comments) carry no window words.
            if (inComment) {
                int end = line.indexOf("*/");
                if (end < 0) continue;
                line = line.substring(end + 2);
                inComment = false;
            }
            int start = line.indexOf("/*");
            if (start >= 0 && !insideLiteral(line, start)) {
                int end = line.indexOf("*/", start + 2);
                if (end < 0) {
                    inComment = true;
                    line = line.substring(0, start);
                } else {
                    line = line.substring(0, start) + line.substring(end + 2);
                }
            }
            int slash = line.indexOf("//");
            if (slash >= 0 && !insideLiteral(line, slash)) line = line.substring(0, slash);
            // What goes to stderr or into a programming error is for the developer, to the end of the line.
            Matcher dev = TO_DEVELOPER.matcher(line);
            if (dev.find()) line = line.substring(0, dev.start());
            line = NOT_SHOWN.matcher(line).replaceAll("");
            Matcher m = LITERAL.matcher(line);
            while (m.find()) {
                String s = m.group(1);
                if (allowed(s, bundle)) continue;
                out.add(file.getFileName() + ":" + (i + 1) + ": \"" + s + "\"");
            }
        }
        return out;
    }

    private static boolean insideLiteral(String line, int at) {
        int quotes = 0;
        for (int i = 0; i < at; i++) if (line.charAt(i) == '"' && (i == 0 || line.charAt(i - 1) != '\\')) quotes++;
        return quotes % 2 == 1;
    }

    static boolean allowed(String s, Properties bundle) {
        if (CODES.contains(s) || bundle.containsKey(s)) return true;
        // A key's prefix or suffix, for keys made of parts: "method." + id + ".tip".
        if (s.endsWith(".") && bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(s))) return true;
        if (s.startsWith(".") && bundle.stringPropertyNames().stream().anyMatch(k -> k.endsWith(s))) return true;
        // LaTeX: the seeds' notation is the same in every language.
        if (s.matches(".*\\\\\\\\[a-zA-Z]+.*")) return true;
        // JavaFX CSS and file name patterns.
        if (s.startsWith("-fx-") || s.matches("\\*\\.[a-z]+")) return true;
        // Ids and thread names: lower case joined by hyphens.
        if (s.matches("[a-z0-9]+(-[a-z0-9]+)+-?")) return true;
        // Not a word: no three letters in a row once format conversions are taken out.
        return !s.replaceAll("%[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z]", "").matches("(?s).*\\p{L}{3,}.*");
    }
}
