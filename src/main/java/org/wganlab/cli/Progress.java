package org.wganlab.cli;

import java.io.PrintStream;
import java.util.Locale;

/** Iteration, rate and ETA on stderr, when stderr is a terminal. */
final class Progress {
    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastPrint;

    Progress(PrintStream err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    void update(int done) {
        if (!enabled) return;
        long now = System.nanoTime();
        if (now - lastPrint < 500_000_000L && done < total) return;
        lastPrint = now;
        double s = (now - start) / 1e9;
        double rate = done / Math.max(s, 1e-9);
        double eta = (total - done) / Math.max(rate, 1e-9);
        err.printf(Locale.ROOT, "\riteration %d/%d  %.1f it/s  ETA %.0fs   ", done, total, rate, eta);
    }

    void finish() {
        if (enabled) err.println();
    }
}
