package org.wganlab.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.wganlab.config.JsonFiles;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SettingsChange;
import org.wganlab.config.SpecException;

/**
 * A comparison a lecture uses often, with what to watch: each side's change in config.json's
 * keys. Data, read from the resource {@value #RESOURCE} by the strict JSON reader; each side's
 * change is parsed when the file is read, so a bad key is refused with its reason.
 */
public record ReadyComparison(String name, String a, String b, String watch) {
    /** Where the ready comparisons are, on the class path. */
    public static final String RESOURCE = "/presets/comparisons.json";

    /** The file as JSON. */
    record File(String format, Integer version, List<ReadyComparison> comparisons) {
    }

    private static final List<ReadyComparison> ALL = read();

    public static List<ReadyComparison> all() {
        return ALL;
    }

    private static List<ReadyComparison> read() {
        try (InputStream in = ReadyComparison.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the ready comparisons are missing from the app: " + RESOURCE);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SpecException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The comparisons of a file's text; anything wrong raises a SpecException that says where. */
    static List<ReadyComparison> parse(String text) {
        File f = JsonFiles.read(text, File.class);
        if (!"wgan-lab-comparisons".equals(f.format()) || !Integer.valueOf(1).equals(f.version()) || f.comparisons() == null) {
            throw new SpecException("expected \"format\": \"wgan-lab-comparisons\", \"version\": 1 and \"comparisons\"");
        }
        List<ReadyComparison> out = new ArrayList<>();
        for (ReadyComparison c : f.comparisons()) {
            String where = "comparison " + (out.size() + 1);
            if (c.name() == null || c.a() == null || c.b() == null || c.watch() == null) throw new SpecException(where + ": needs \"name\", \"a\", \"b\" and \"watch\"");
            for (String side : List.of(c.a(), c.b())) {
                try {
                    SettingsChange.parse(side);
                } catch (SpecException e) {
                    throw new SpecException(where + " (\"" + c.name() + "\"), " + side + ": " + e.getMessage());
                }
            }
            out.add(c);
        }
        return List.copyOf(out);
    }

    public Comparison on(RunSpec base) {
        return new Comparison(base, SettingsChange.parse(a), SettingsChange.parse(b), List.of());
    }

    @Override
    public String toString() {
        return name;
    }
}
