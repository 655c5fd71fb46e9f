package org.wganlab.metrics;

import java.util.List;
import org.wganlab.autodiff.Tensor;
import org.wganlab.data.Mode;

/**
 * Mode metrics as VEEGAN and PacGAN define them: a sample is high quality when it lies within
 * 3 standard deviations of its nearest mode centre; a mode is covered when it is the nearest
 * centre of at least one high-quality sample.
 */
public final class ModeCoverage {
    public static final double HQ_STDS = 3.0;

    /** Covered modes, total modes, the high-quality fraction, and the fraction within 0.1 of a centre (the reference bench's figure). */
    public record Result(int covered, int total, double hqFraction, double within01Fraction) {
        public static final Result NOT_APPLICABLE = new Result(-1, -1, Double.NaN, Double.NaN);

        public boolean applicable() {
            return total > 0;
        }
    }

    private ModeCoverage() {
    }

    public static Result of(Tensor samples, List<Mode> modes) {
        if (modes.isEmpty()) return Result.NOT_APPLICABLE;
        boolean[] covered = new boolean[modes.size()];
        int hq = 0, near = 0;
        int n = samples.rows;
        for (int r = 0; r < n; r++) {
            double x = samples.data[2 * r], y = samples.data[2 * r + 1];
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int k = 0; k < modes.size(); k++) {
                Mode m = modes.get(k);
                double d = Math.hypot(x - m.x(), y - m.y());
                if (d < bestD) {
                    bestD = d;
                    best = k;
                }
            }
            if (bestD < 0.1) near++;
            if (bestD <= HQ_STDS * modes.get(best).std()) {
                hq++;
                covered[best] = true;
            }
        }
        int c = 0;
        for (boolean b : covered) if (b) c++;
        return new Result(c, modes.size(), n == 0 ? Double.NaN : (double) hq / n, n == 0 ? Double.NaN : (double) near / n);
    }
}
