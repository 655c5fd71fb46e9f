package org.wganlab.lesson;

import org.wganlab.config.SettingsChange;

/**
 * Something a step does by itself when its run reaches an iteration: a live switch of
 * settings (the method, lambda, c, ...), a pause, or a burst of critic steps against the
 * generator as it stands (the critic "trained to optimality", Kantorovich-Rubinstein duality).
 */
public sealed interface LessonAction {
    int at();

    /** What the window shows when it happens. */
    String describe();

    /**
     * A live change: the keys given replace the run's settings, as if changed by hand. The same
     * {@link SettingsChange} a preset's or the command line's switch makes; {@code at} counts
     * from the step's start, where a {@link org.wganlab.train.ScheduledSwitch} counts from the run's.
     */
    record Switch(int at, SettingsChange change) implements LessonAction {
        @Override
        public String describe() {
            return "iteration " + at + ": " + change.text();
        }
    }

    record Pause(int at) implements LessonAction {
        @Override
        public String describe() {
            return "iteration " + at + ": pause";
        }
    }

    /** This many critic steps with the generator frozen. */
    record TrainCritic(int at, int steps) implements LessonAction {
        @Override
        public String describe() {
            return "iteration " + at + ": " + steps + " critic steps against the frozen generator";
        }
    }
}
