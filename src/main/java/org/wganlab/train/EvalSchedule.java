package org.wganlab.train;

/**
 * When a run evaluates its generator (exact W1 and modes) off the training thread.
 *
 * @param everyIters   every this many generator iterations (0: never during training)
 * @param minNanos     and at least this long after the previous one (a window's periodic evaluations)
 * @param skipWhenBusy true: skip an evaluation while the last one still runs (a window, which must
 *                     not wait); false: take every one, training waiting while {@link #MAX_QUEUED} are queued
 */
public record EvalSchedule(int everyIters, long minNanos, boolean skipWhenBusy) {
    /** Evaluations queued behind the running one before training waits for them: bounded memory, no silent backlog. */
    public static final int MAX_QUEUED = 2;

    /**
     * The window's: every 100 iterations, at most every 2 s (and at most an eighth of a core),
     * never making training wait.
     */
    public static final EvalSchedule LIVE = new EvalSchedule(100, 2_000_000_000L, true);

    /** The command line's: exactly every n iterations. */
    public static EvalSchedule every(int n) {
        return new EvalSchedule(n, 0, false);
    }

    /**
     * On a timed schedule an evaluation takes at most this share of a core: on a slow laptop,
     * where one exact W1 takes a second, they come further apart rather than starve the window.
     */
    static final int MAX_DUTY_INVERSE = 8;

    /** @param lastTookNanos how long evaluations take, as {@link Durations#pace()} has it (0: not known yet) */
    boolean due(int iteration, int lastIteration, long nanosSinceLast, long lastTookNanos) {
        if (everyIters <= 0 || iteration - lastIteration < everyIters) return false;
        return minNanos <= 0 || nanosSinceLast >= Math.max(minNanos, MAX_DUTY_INVERSE * lastTookNanos);
    }

    /**
     * How long a run's evaluations take, for the duty rule: the shorter of the last two, and
     * nothing known before two. One slow evaluation (the first, while the JIT compiles the exact
     * W1, or a moment the machine is busy) takes several times the usual, and on its own it
     * would hold the next evaluation back for a minute while the readouts stand still.
     * Written by the evaluation thread, read by the training thread.
     */
    static final class Durations {
        private long last, before;

        synchronized void took(long nanos) {
            before = last;
            last = nanos;
        }

        synchronized long pace() {
            return Math.min(last, before);
        }

        synchronized void clear() {
            last = before = 0;
        }
    }
}
