package org.wganlab.ui;

/** Generator iterations per second of a side-by-side pair (the slower side's), over windows of two seconds; a new run starts it again. */
final class PairRate {
    private long t0 = -1;
    private int i0;
    private double perSecond = Double.NaN;

    void add(long now, int iteration) {
        if (t0 < 0 || iteration < i0) {
            t0 = now;
            i0 = iteration;
            return;
        }
        double s = (now - t0) / 1e9;
        if (s >= 2) {
            perSecond = (iteration - i0) / s;
            t0 = now;
            i0 = iteration;
        }
    }

    double perSecond() {
        return perSecond;
    }

    void clear() {
        t0 = -1;
        perSecond = Double.NaN;
    }
}
