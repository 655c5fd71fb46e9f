package org.wganlab.figures;

import org.wganlab.autodiff.Tensor;
import org.wganlab.nn.Mlp;
import org.wganlab.nn.MlpEvaluator;

/**
 * The critic's value surface on a res x res grid over [lo, hi]^2 (row 0 at the top, y = hi),
 * evaluated without a graph in batches, plus ||grad C|| by central differences on the grid
 * (exact for the piecewise-linear ReLU critic within a cell, an average across kinks), and
 * optionally the generator's image of a regular noise grid.
 */
public record CriticGrid(int res, double lo, double hi, float[] values, float min, float max, float[] gradNorm, float[][] warpLines) {
    private static final int BATCH = 4096;
    /** Noise-grid lines per direction, over z in [-2.5, 2.5]. */
    public static final int WARP_LINES = 17;
    private static final int WARP_POINTS = 60;

    public static CriticGrid compute(Mlp critic, Mlp generator, int res, double lo, double hi, boolean withWarp, MlpEvaluator ev) {
        int n = res * res;
        float[] vals = new float[n];
        Tensor x = new Tensor(Math.min(BATCH, n), 2), y = new Tensor(x.rows, 1);
        double step = (hi - lo) / (res - 1);
        for (int start = 0; start < n; start += BATCH) {
            int m = Math.min(BATCH, n - start);
            if (m != x.rows) {
                x = new Tensor(m, 2);
                y = new Tensor(m, 1);
            }
            for (int i = 0; i < m; i++) {
                int k = start + i, r = k / res, c = k % res;
                x.data[2 * i] = (float) (lo + c * step);
                x.data[2 * i + 1] = (float) (hi - r * step);
            }
            ev.evaluate(critic, x, y);
            System.arraycopy(y.data, 0, vals, start, m);
        }
        float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
        for (float v : vals) {
            if (!Float.isFinite(v)) continue;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        float[] gn = new float[n];
        for (int r = 0; r < res; r++) {
            for (int c = 0; c < res; c++) {
                int c0 = Math.max(0, c - 1), c1 = Math.min(res - 1, c + 1), r0 = Math.max(0, r - 1), r1 = Math.min(res - 1, r + 1);
                double gx = (vals[r * res + c1] - vals[r * res + c0]) / ((c1 - c0) * step);
                double gy = (vals[r0 * res + c] - vals[r1 * res + c]) / ((r1 - r0) * step);
                gn[r * res + c] = (float) Math.hypot(gx, gy);
            }
        }
        float[][] warp = withWarp && generator != null ? warp(generator, ev) : null;
        return new CriticGrid(res, lo, hi, vals, min, max, gn, warp);
    }

    /** Polylines (x0, y0, x1, y1, ...) of G applied to horizontal and vertical lines of noise space. */
    private static float[][] warp(Mlp generator, MlpEvaluator ev) {
        int lines = WARP_LINES, pts = WARP_POINTS;
        Tensor z = new Tensor(2 * lines * pts, 2);
        for (int l = 0; l < lines; l++) {
            double fixed = -2.5 + 5.0 * l / (lines - 1);
            for (int p = 0; p < pts; p++) {
                double run = -2.5 + 5.0 * p / (pts - 1);
                int h = l * pts + p, v = (lines + l) * pts + p;
                z.data[2 * h] = (float) run;
                z.data[2 * h + 1] = (float) fixed;
                z.data[2 * v] = (float) fixed;
                z.data[2 * v + 1] = (float) run;
            }
        }
        Tensor out = new Tensor(z.rows, 2);
        ev.evaluate(generator, z, out);
        float[][] result = new float[2 * lines][];
        for (int l = 0; l < 2 * lines; l++) {
            result[l] = new float[2 * pts];
            System.arraycopy(out.data, 2 * l * pts, result[l], 0, 2 * pts);
        }
        return result;
    }
}
