package org.wganlab.data;

import java.util.Arrays;
import java.util.List;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;

/**
 * Your own data: a fixed set of 2D points (from a CSV file), sampled uniformly with
 * replacement, as the empirical distribution. It has no modes for the coverage metrics.
 */
public final class PointCloud implements Distribution {
    public static final String ID = "points";
    public static final int MIN_POINTS = 2, MAX_POINTS = 100_000;
    public static final double MAX_COORDINATE = GaussianMixture.Component.MAX_MEAN;

    private final float[] xy;

    /** @param xy x0, y0, x1, y1, ...: checked (count, finite, within ±MAX_COORDINATE), copied */
    public PointCloud(float[] xy) {
        if (xy.length % 2 != 0) throw new IllegalArgumentException("points come in (x, y) pairs");
        int n = xy.length / 2;
        if (n < MIN_POINTS || n > MAX_POINTS) throw new IllegalArgumentException("a point set holds " + MIN_POINTS + " to " + MAX_POINTS + " points, got " + n);
        for (int i = 0; i < xy.length; i++) {
            if (!(Math.abs(xy[i]) <= MAX_COORDINATE)) {
                throw new IllegalArgumentException("point " + (i / 2 + 1) + " has " + (i % 2 == 0 ? "x" : "y") + " = " + xy[i] + ": coordinates lie within ±" + (int) MAX_COORDINATE);
            }
        }
        this.xy = xy.clone();
    }

    public int size() {
        return xy.length / 2;
    }

    /** The points, x0, y0, x1, y1, ... (a copy). */
    public float[] coordinates() {
        return xy.clone();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return size() + " points of your own, drawn uniformly with replacement";
    }

    @Override
    public void sample(Rng rng, Tensor out) {
        int n = size();
        for (int r = 0; r < out.rows; r++) {
            int k = rng.nextInt(n);
            out.data[2 * r] = xy[2 * k];
            out.data[2 * r + 1] = xy[2 * k + 1];
        }
    }

    @Override
    public List<Mode> modes() {
        return List.of();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointCloud p && Arrays.equals(xy, p.xy);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(xy);
    }
}
