package org.wganlab.lesson;

import org.wganlab.config.RunSpec;
import org.wganlab.config.SpecJson;

/**
 * Something a step does by itself when its run reaches an iteration: a live switch of
 * settings (the method, lambda, c, ...), a pause, or a burst of critic steps against the
 * generator as it stands (the critic "trained to optimality", Kantorovich-Rubinstein duality).
 */
public sealed interface LessonAction {
    int at();

    /** What the window shows when it happens. */
    String describe();

    /** A live change: the keys given replace the run's settings, as if changed by hand. */
    record Switch(int at, SpecJson.File settings, String label) implements LessonAction {
        public RunSpec applyTo(RunSpec s) {
            return SpecJson.over(s, settings);
        }

        @Override
        public String describe() {
            return "iteration " + at + ": " + label;
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
