package org.wganlab.lesson;

import java.nio.file.Path;
import org.wganlab.config.RunSpec;

/** Where a lesson step's run comes from: new settings, a saved session, or the run the previous step left. */
public sealed interface LessonStart {
    /** A new run of these settings (given in the lesson, or a preset's), from their seed. */
    record Settings(RunSpec spec, String presetName) implements LessonStart {
    }

    /** A saved session, continued where it was saved. */
    record Session(Path file) implements LessonStart {
    }

    /** The previous step's run goes on as it is. */
    record Continue() implements LessonStart {
    }
}
