package org.wganlab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.wganlab.autodiff.Rng;
import org.wganlab.i18n.Refused;

/**
 * A mixture of k round Gaussians fitted to points by expectation-maximisation, for the mode
 * metrics of data of one's own: each component becomes a mode (its mean and spread). Started by
 * k-means++ from a fixed seed and run on at most {@link #MAX_FIT_POINTS} of the points (a seeded
 * draw), so the same points always give the same modes.
 */
public final class MixtureFit {
    public static final int MAX_MODES = 25;
    static final int MAX_FIT_POINTS = 5000;
    private static final int MAX_STEPS = 300;

    private MixtureFit() {
    }

    /** The k modes of the points x0, y0, x1, y1, ..., sorted by x then y. */
    public static List<Mode> fit(float[] xy, int k) {
        int all = xy.length / 2;
        if (k < 1 || k > MAX_MODES) throw new Refused("refusal.points.fitModes", MAX_MODES, k);
        if (k > all) throw new Refused("refusal.points.fewPoints", k, k, all);
        // A seeded draw without replacement, not every m-th point: a file's order may repeat with any period.
        int n = Math.min(all, MAX_FIT_POINTS);
        int[] index = new int[all];
        for (int i = 0; i < all; i++) index[i] = i;
        Rng pick = new Rng(1);
        for (int i = 0; i < n; i++) {
            int j = i + pick.nextInt(all - i), t = index[i];
            index[i] = index[j];
            index[j] = t;
        }
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = xy[2 * index[i]];
            y[i] = xy[2 * index[i] + 1];
        }
        double[] mx = new double[k], my = new double[k], var = new double[k], w = new double[k];
        start(x, y, k, mx, my);
        double spread = 0, cx = mean(x), cy = mean(y);
        for (int i = 0; i < n; i++) spread += ((x[i] - cx) * (x[i] - cx) + (y[i] - cy) * (y[i] - cy)) / (2 * n);
        // A component may not shrink onto one point: its variance stays above a millionth of the data's.
        double floor = Math.max(1e-12, 1e-6 * spread);
        Arrays.fill(var, Math.max(spread / (k * k), floor));
        Arrays.fill(w, 1.0 / k);
        double[][] r = new double[k][n];
        double last = Double.NEGATIVE_INFINITY;
        for (int step = 0; step < MAX_STEPS; step++) {
            double ll = expectation(x, y, mx, my, var, w, r);
            maximisation(x, y, r, mx, my, var, w, floor);
            if (Math.abs(ll - last) <= 1e-9 * Math.abs(ll)) break;
            last = ll;
        }
        List<Mode> modes = new ArrayList<>();
        for (int j = 0; j < k; j++) modes.add(new Mode(mx[j], my[j], Math.sqrt(var[j])));
        modes.sort(Comparator.comparingDouble(Mode::x).thenComparingDouble(Mode::y));
        return List.copyOf(modes);
    }

    /** k-means++: the first centre a seeded draw, each next one drawn in proportion to its squared distance to the nearest chosen. */
    private static void start(double[] x, double[] y, int k, double[] mx, double[] my) {
        Rng rng = new Rng(0);
        int n = x.length;
        int first = rng.nextInt(n);
        mx[0] = x[first];
        my[0] = y[first];
        double[] d = new double[n];
        for (int j = 1; j < k; j++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                double best = Double.POSITIVE_INFINITY;
                for (int c = 0; c < j; c++) best = Math.min(best, (x[i] - mx[c]) * (x[i] - mx[c]) + (y[i] - my[c]) * (y[i] - my[c]));
                d[i] = best;
                total += best;
            }
            double u = rng.uniform() * total;
            int pick = n - 1;
            for (int i = 0; i < n; i++) {
                u -= d[i];
                if (u <= 0) {
                    pick = i;
                    break;
                }
            }
            mx[j] = x[pick];
            my[j] = y[pick];
        }
    }

    /** Responsibilities r[j][i], in log space for stability; returns the log-likelihood. */
    private static double expectation(double[] x, double[] y, double[] mx, double[] my, double[] var, double[] w, double[][] r) {
        int k = mx.length, n = x.length;
        double ll = 0;
        double[] lp = new double[k];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                double dx = x[i] - mx[j], dy = y[i] - my[j];
                lp[j] = Math.log(w[j]) - Math.log(2 * Math.PI * var[j]) - (dx * dx + dy * dy) / (2 * var[j]);
                max = Math.max(max, lp[j]);
            }
            double sum = 0;
            for (int j = 0; j < k; j++) sum += Math.exp(lp[j] - max);
            for (int j = 0; j < k; j++) r[j][i] = Math.exp(lp[j] - max) / sum;
            ll += max + Math.log(sum);
        }
        return ll;
    }

    private static void maximisation(double[] x, double[] y, double[][] r, double[] mx, double[] my, double[] var, double[] w, double floor) {
        int k = mx.length, n = x.length;
        for (int j = 0; j < k; j++) {
            double s = 0, sx = 0, sy = 0;
            for (int i = 0; i < n; i++) {
                s += r[j][i];
                sx += r[j][i] * x[i];
                sy += r[j][i] * y[i];
            }
            // A component nobody belongs to keeps its place, with a token weight.
            if (s < 1e-12) {
                w[j] = 1e-12;
                continue;
            }
            mx[j] = sx / s;
            my[j] = sy / s;
            double ss = 0;
            for (int i = 0; i < n; i++) ss += r[j][i] * ((x[i] - mx[j]) * (x[i] - mx[j]) + (y[i] - my[j]) * (y[i] - my[j]));
            var[j] = Math.max(floor, ss / (2 * s));
            w[j] = s / n;
        }
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double a : v) s += a;
        return s / v.length;
    }
}
