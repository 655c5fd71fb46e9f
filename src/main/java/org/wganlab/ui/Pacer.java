package org.wganlab.ui;

/**
 * Holds work the window repeats (a chart redraw, a heatmap grid and its drawing) to a share of
 * one core: it runs again no sooner than a minimum interval, and no sooner than its last cost
 * divided by the share. On a fast machine that is the minimum interval; on a 2-core laptop
 * rendering in software the work comes further apart instead of taking the core training
 * needs (as the window's evaluations do, {@code EvalSchedule}). Thread-safe: the heatmap's cost
 * is counted on its worker and on the FX thread that draws it.
 */
final class Pacer {
    private final long minNanos;
    private final double share;
    private long lastStart;
    private long lastCost;
    private boolean ran;

    /** @param share of one core, above 0 and at most 1 */
    Pacer(long minNanos, double share) {
        if (minNanos < 0 || !(share > 0 && share <= 1)) throw new IllegalArgumentException("a pacer needs a minimum interval and a share of a core in (0, 1]");
        this.minNanos = minNanos;
        this.share = share;
    }

    /** How long from now until the work may run again (0: now). */
    synchronized long waitNanos(long now) {
        if (!ran) return 0;
        long interval = Math.max(minNanos, (long) (lastCost / share));
        return Math.max(0, lastStart + interval - now);
    }

    synchronized boolean due(long now) {
        return waitNanos(now) == 0;
    }

    /** The work started at start and took cost nanoseconds. */
    synchronized void ran(long start, long cost) {
        lastStart = start;
        lastCost = Math.max(0, cost);
        ran = true;
    }

    /** More cost of the last run, paid elsewhere (the FX thread drawing the grid the worker made). */
    synchronized void addCost(long cost) {
        if (cost > 0) lastCost += cost;
    }
}
