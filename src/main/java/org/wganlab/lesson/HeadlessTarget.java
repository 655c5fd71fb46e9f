package org.wganlab.lesson;

import org.wganlab.config.RunSpec;
import org.wganlab.train.RunDriver;
import org.wganlab.train.RunState;

/** A lesson's run without a window: one driver, stepped by the caller; a pause is the end of the step. */
final class HeadlessTarget implements LessonTarget {
    private final RunDriver driver;

    HeadlessTarget(RunDriver driver) {
        this.driver = driver;
    }

    @Override
    public void start(RunSpec spec) {
        driver.start(spec);
    }

    @Override
    public void resume(RunState state) {
        driver.resume(state);
    }

    @Override
    public RunSpec spec() {
        return driver.spec();
    }

    @Override
    public void apply(RunSpec next) {
        driver.apply(next);
    }

    @Override
    public void pause() {
    }

    @Override
    public void trainCritic(int steps) {
        for (int i = 0; i < steps && driver.divergence() == null; i++) driver.single(driver.trainer()::criticStep);
    }
}
