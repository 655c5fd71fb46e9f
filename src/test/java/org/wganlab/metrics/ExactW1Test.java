package org.wganlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
        double expected = 0;
        List<float[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(getClass().getResourceAsStream("/golden/" + file), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                if (line.startsWith("w1=")) {
                    expected = Double.parseDouble(line.substring(3));
                    continue;
                }
                String[] f = line.split(",");
                rows.add(new float[] {Float.parseFloat(f[0]), Float.parseFloat(f[1]), Float.parseFloat(f[2]), Float.parseFloat(f[3])});
            }
        }
        Tensor a = new Tensor(rows.size(), 2), b = new Tensor(rows.size(), 2);
        for (int i = 0; i < rows.size(); i++) {
            float[] f = rows.get(i);
            a.set(i, 0, f[0]); a.set(i, 1, f[1]); b.set(i, 0, f[2]); b.set(i, 1, f[3]);
        }
        assertEquals(expected, ExactW1.distance(a, b), 1e-9 * Math.max(1, expected));
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
