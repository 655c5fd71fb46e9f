package org.wganlab.data;

import java.util.Arrays;
import java.util.List;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.i18n.Refused;

/**
 * Your own data: a fixed set of 2D points (from a CSV file), sampled uniformly with
 * replacement, as the empirical distribution. Its modes, for the coverage metrics, are those
 * of a mixture fitted to the points when asked for ({@link MixtureFit}), else none.
 */
public final class PointCloud implements Distribution {
    public static final String ID = "points";
    public static final int MIN_POINTS = 2, MAX_POINTS = 100_000;
    public static final double MAX_COORDINATE = GaussianMixture.Component.MAX_MEAN;

    private final float[] xy;
    private final int fittedModes;
    private final List<Mode> modes;

    /** @param xy x0, y0, x1, y1, ...: checked (count, finite, within ±MAX_COORDINATE), copied */
    public PointCloud(float[] xy) {
        this(xy, 0);
    }

    /** @param fittedModes modes to fit for the coverage metrics (0: none) */
    public PointCloud(float[] xy, int fittedModes) {
        if (xy.length % 2 != 0) throw new Refused("refusal.points.pairs");
        int n = xy.length / 2;
        if (n < MIN_POINTS || n > MAX_POINTS) throw new Refused("refusal.points.count", MIN_POINTS, MAX_POINTS, n);
        for (int i = 0; i < xy.length; i++) {
            if (!(Math.abs(xy[i]) <= MAX_COORDINATE)) {
                throw new Refused("refusal.points.coordinate", i / 2 + 1, i % 2 == 0 ? "x" : "y", String.valueOf(xy[i]), (int) MAX_COORDINATE);
            }
        }
        this.xy = xy.clone();
        if (fittedModes < 0 || fittedModes > MixtureFit.MAX_MODES) throw new Refused("refusal.points.modes", MixtureFit.MAX_MODES, fittedModes);
        this.fittedModes = fittedModes;
        this.modes = fittedModes == 0 ? List.of() : MixtureFit.fit(xy, fittedModes);
    }

    /** The same points with this many modes fitted (0: none). */
    public PointCloud withFittedModes(int k) {
        return k == fittedModes ? this : new PointCloud(xy, k);
    }

    public int fittedModes() {
        return fittedModes;
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
        return size() + " points of your own, drawn uniformly with replacement" + (fittedModes > 0 ? ", " + fittedModes + " modes fitted" : "");
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
        return modes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointCloud p && fittedModes == p.fittedModes && Arrays.equals(xy, p.xy);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xy) + fittedModes;
    }
}
