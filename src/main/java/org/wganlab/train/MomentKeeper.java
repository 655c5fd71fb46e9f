package org.wganlab.train;

/**
 * When a live run keeps a moment on its {@link Timeline}: every iteration at first, then at most
 * ten a second and in at most a twentieth of the training time; always at a hold when asked
 * (a pair's sides, so both timelines hold the same iterations). A new run starts a new story.
 * Used by the training thread only.
 */
final class MomentKeeper {
    private static final long MOMENT_NANOS = 100_000_000L;
    private static final int EVERY_ITERATION_UNTIL = 50;

    private final Timeline timeline;
    /** The run the timeline holds, and when it may keep its next moment. */
    private long run = -1;
    private long nextNanos;

    MomentKeeper(Timeline timeline) {
        this.timeline = timeline;
    }

    /** The timeline now holds this run's moments (a resumed or continued run's): it goes on from them. */
    void holds(long driverRun) {
        run = driverRun;
    }

    /** Keeps the run's moment when one is due, or whatever the time when always; only between iterations. */
    void keep(RunDriver driver, boolean always) {
        if (driver.run() != run) {
            timeline.clear();
            run = driver.run();
        }
        long now = System.nanoTime();
        int it = driver.trainer().iteration();
        if (!always && it > EVERY_ITERATION_UNTIL && now < nextNanos && timeline.size() > 0) return;
        if (!driver.trainer().betweenIterations() || driver.divergence() != null) return;
        timeline.add(driver.snapshot(), driver.stateNow(), driver.switchesDone());
        long cost = System.nanoTime() - now;
        nextNanos = now + Math.max(MOMENT_NANOS, 20 * cost);
    }

    /** Whether the timeline has nothing of the driver's current run yet. */
    boolean empty(RunDriver driver) {
        return driver.run() != run || timeline.size() == 0;
    }
}
