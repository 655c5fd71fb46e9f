package org.wganlab.train;

import java.util.Arrays;

/**
 * Bounded curves of the per-iteration metrics for the charts: at most {@code capacity} points
 * per series however long the run. When full it keeps every other point and from then on
 * records every second iteration (then every fourth, ...), so memory stays flat over hours.
 */
public final class MetricsHistory {
    /** The series kept, in order. */
    public enum Series {
        W_ESTIMATE("w_estimate"), CRITIC_LOSS("critic_loss"), GENERATOR_LOSS("generator_loss"), PENALTY("penalty"),
        GRAD_NORM_REAL("grad_norm_real_mean"), GRAD_NORM_FAKE("grad_norm_fake_mean"), GRAD_NORM_INTERP("grad_norm_interp_mean"),
        CLIP_FRACTION("clip_fraction");

        /** The series' name in metrics.csv, history.csv and a saved session: files key columns by it, never by the order here. */
        public final String column;

        Series(String column) {
            this.column = column;
        }

        /** The series of this column name, or null (a series this version does not keep). */
        public static Series byColumn(String name) {
            for (Series s : values()) if (s.column.equals(name)) return s;
            return null;
        }
    }

    private final int capacity;
    private final double[] iters;
    private final double[][] values;
    private int count;
    private int stride = 1;

    public MetricsHistory(int capacity) {
        if (capacity < 4 || capacity % 2 != 0) throw new IllegalArgumentException("capacity must be an even number >= 4");
        this.capacity = capacity;
        this.iters = new double[capacity];
        this.values = new double[Series.values().length][capacity];
    }

    public void add(StepMetrics m) {
        if (m.iteration() % stride != 0) return;
        if (count == capacity) {
            for (int i = 0; i < capacity / 2; i++) {
                iters[i] = iters[2 * i];
                for (double[] v : values) v[i] = v[2 * i];
            }
            count = capacity / 2;
            stride *= 2;
            if (m.iteration() % stride != 0) return;
        }
        iters[count] = m.iteration();
        double[] row = {m.wEstimate(), m.criticLoss(), m.generatorLoss(), m.penalty(),
            m.gradNormRealMean(), m.gradNormFakeMean(), m.gradNormInterpMean(), m.clipFraction()};
        for (int s = 0; s < row.length; s++) values[s][count] = row[s];
        count++;
    }

    public void clear() {
        count = 0;
        stride = 1;
    }

    public int size() {
        return count;
    }

    /** Every other point is kept from iterations that are multiples of this (1, 2, 4, ...). */
    public int stride() {
        return stride;
    }

    /** Continues from a saved view and stride (a resumed session), so later points are kept as if never interrupted. */
    public void restore(View saved, int savedStride) {
        if (saved.size() > capacity) throw new IllegalArgumentException(saved.size() + " points for a history of " + capacity);
        if (savedStride < 1 || Integer.bitCount(savedStride) != 1) throw new IllegalArgumentException("the history's stride is a power of two, got " + savedStride);
        if (saved.values().length != values.length) throw new IllegalArgumentException(saved.values().length + " series for " + values.length);
        count = saved.size();
        stride = savedStride;
        System.arraycopy(saved.iterations(), 0, iters, 0, count);
        for (int s = 0; s < values.length; s++) {
            if (saved.values()[s].length != count) throw new IllegalArgumentException("series " + s + " has " + saved.values()[s].length + " points for " + count);
            System.arraycopy(saved.values()[s], 0, values[s], 0, count);
        }
    }

    /** An immutable copy for a snapshot. */
    public View view() {
        double[][] v = new double[values.length][];
        for (int s = 0; s < v.length; s++) v[s] = Arrays.copyOf(values[s], count);
        return new View(Arrays.copyOf(iters, count), v);
    }

    /** Iterations and the series' values at them. */
    public record View(double[] iterations, double[][] values) {
        public static final View EMPTY = new View(new double[0], new double[Series.values().length][0]);

        public double[] series(Series s) {
            return values[s.ordinal()];
        }

        public int size() {
            return iterations.length;
        }
    }
}
