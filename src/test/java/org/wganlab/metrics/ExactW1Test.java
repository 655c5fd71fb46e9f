package org.wganlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;

class ExactW1Test {
    /** Minimum over all n! permutations, the definition itself. */
    private static double bruteForce(Tensor a, Tensor b) {
        int n = a.rows;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        double[] best = {Double.POSITIVE_INFINITY};
        permute(perm, 0, a, b, best);
        return best[0] / n;
    }

    private static void permute(int[] p, int k, Tensor a, Tensor b, double[] best) {
        if (k == p.length) {
            double s = 0;
            for (int i = 0; i < p.length; i++) s += Math.hypot((double) a.get(i, 0) - b.get(p[i], 0), (double) a.get(i, 1) - b.get(p[i], 1));
            best[0] = Math.min(best[0], s);
            return;
        }
        for (int i = k; i < p.length; i++) {
            int t = p[k]; p[k] = p[i]; p[i] = t;
            permute(p, k + 1, a, b, best);
            t = p[k]; p[k] = p[i]; p[i] = t;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 8})
    void equalsBruteForceOnTinySets(int n) {
        for (long seed = 0; seed < 5; seed++) {
            Rng rng = new Rng(seed * 31 + n);
            Tensor a = new Tensor(n, 2), b = new Tensor(n, 2);
            rng.fillGaussian(a);
            rng.fillGaussian(b);
            assertEquals(bruteForce(a, b), ExactW1.distance(a, b), 1e-9, "n=" + n + " seed=" + seed);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"w1_gauss_40.csv", "w1_8gaussians_300.csv", "w1_8gaussians_1000.csv"})
    void matchesGoldenValuesFromPot(String file) throws Exception {
        GoldenW1 g = GoldenW1.read(file);
        assertEquals(g.w1(), ExactW1.distance(g.a(), g.b()), 1e-9 * Math.max(1, g.w1()));
    }

    @Test
    void identicalSetsAreAtDistanceZeroAndAShiftCostsItsLength() {
        Tensor a = new Tensor(50, 2);
        new Rng(9).fillGaussian(a);
        Tensor b = a.copy();
        assertEquals(0, ExactW1.distance(a, b), 1e-12);
        // A translation by v costs exactly |v| (the potential x . v / |v| attains it): a small one and a far one.
        for (int i = 0; i < 50; i++) b.set(i, 0, a.get(i, 0) + 0.001f);
        assertEquals(0.001, ExactW1.distance(a, b), 1e-6);
        for (int i = 0; i < 50; i++) b.set(i, 0, a.get(i, 0) + 100f);
        assertEquals(100.0, ExactW1.distance(a, b), 1e-3);
    }
}
