package org.wganlab.metrics;

/** Counts of values in equal-width bins over [lo, hi]; values outside land in the end bins. */
public record Histogram(double lo, double hi, int[] counts) {
    public static Histogram of(float[] values, int bins, double lo, double hi) {
        if (bins < 1) throw new IllegalArgumentException("need at least one bin");
        if (!(hi > lo)) hi = lo + 1e-6;
        int[] c = new int[bins];
        double w = (hi - lo) / bins;
        for (float v : values) {
            if (!Float.isFinite(v)) continue;
            int b = (int) Math.floor((v - lo) / w);
            c[Math.max(0, Math.min(bins - 1, b))]++;
        }
        return new Histogram(lo, hi, c);
    }

    /** Bins spanning the finite values' range. */
    public static Histogram auto(float[] values, int bins) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (float v : values) {
            if (!Float.isFinite(v)) continue;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        return of(values, bins, lo, hi);
    }

    public double binWidth() {
        return (hi - lo) / counts.length;
    }

    public double binCenter(int i) {
        return lo + (i + 0.5) * binWidth();
    }

    public int total() {
        int t = 0;
        for (int c : counts) t += c;
        return t;
    }
}
