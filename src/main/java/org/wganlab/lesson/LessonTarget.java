package org.wganlab.lesson;

import org.wganlab.config.RunSpec;
import org.wganlab.train.RunState;

/** What a lesson drives: the window's live run, or a headless run for a handout. */
public interface LessonTarget {
    /** A new run of these settings from their seed. */
    void start(RunSpec spec);

    /** A saved session, continued where it was saved. */
    void resume(RunState state);

    /** The settings the run has now (after the last change). */
    RunSpec spec();

    /** A live change, as if made by hand: recorded as an event of the run. */
    void apply(RunSpec next);

    /** Stops training (the window); headless, nothing. */
    void pause();

    /** This many critic steps with the generator frozen. */
    void trainCritic(int steps);

    /** Shows the step's overlays and charts (the window); headless, nothing. */
    default void show(LessonStep step) {
    }
}
