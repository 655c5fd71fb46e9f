package org.wganlab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wganlab.config.SpecException;

/** The lessons shipped with the app, in the order the seeds build the ideas up, and lookup by name or file. */
public final class Lessons {
    /** Resource names under /lessons/, without .json. */
    public static final List<String> SHIPPED = List.of("01-disjoint-supports", "02-transport-plan", "03-duality", "04-weight-clipping",
            "05-gradient-penalty", "06-clip-vs-penalty");

    private Lessons() {
    }

    /** A shipped lesson by its name. */
    public static Lesson shipped(String name) {
        if (!SHIPPED.contains(name)) throw new SpecException("no shipped lesson is called " + name + " (there are " + String.join(", ", SHIPPED) + ")");
        try (InputStream in = Lessons.class.getResourceAsStream("/lessons/" + name + ".json")) {
            if (in == null) throw new IllegalStateException("the shipped lesson " + name + " is missing from the app");
            return LessonJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the shipped lesson " + name, e);
        }
    }

    public static List<Lesson> allShipped() {
        List<Lesson> out = new ArrayList<>();
        for (String n : SHIPPED) out.add(shipped(n));
        return out;
    }

    /** A shipped lesson's name, or a lesson file's path. */
    public static Lesson find(String nameOrFile) {
        if (SHIPPED.contains(nameOrFile)) return shipped(nameOrFile);
        return LessonJson.read(Path.of(nameOrFile));
    }
}
