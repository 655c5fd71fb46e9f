package org.wganlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;

class TransportPlanTest {
    /** The committed POT golden set: its points and POT's exact W1. */
    private static Object[] golden(String file) throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(TransportPlanTest.class.getResourceAsStream("/golden/" + file), StandardCharsets.UTF_8))) {
            double w1 = Double.NaN;
            List<float[]> rows = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                if (line.startsWith("w1=")) {
                    w1 = Double.parseDouble(line.substring(3));
                    continue;
                }
                String[] p = line.split(",");
                rows.add(new float[] {Float.parseFloat(p[0]), Float.parseFloat(p[1]), Float.parseFloat(p[2]), Float.parseFloat(p[3])});
            }
            Tensor a = new Tensor(rows.size(), 2), b = new Tensor(rows.size(), 2);
            for (int i = 0; i < rows.size(); i++) {
                float[] f = rows.get(i);
                a.set(i, 0, f[0]);
                a.set(i, 1, f[1]);
                b.set(i, 0, f[2]);
                b.set(i, 1, f[3]);
            }
            return new Object[] {a, b, w1};
        }
    }

    @Test
    void thePlanMatchesEveryPointOnceAtPotsOptimalCost() throws Exception {
        for (String file : List.of("w1_8gaussians_300.csv", "w1_gauss_40.csv")) {
            Object[] g = golden(file);
            Tensor a = (Tensor) g[0], b = (Tensor) g[1];
            TransportPlan p = TransportPlan.between(a, b);
            boolean[] hit = new boolean[p.size()];
            for (int j : p.target()) hit[j] = true;
            for (int j = 0; j < hit.length; j++) assertTrue(hit[j], file + ": real point " + j + " matched once");
            assertEquals((double) g[2], p.w1(), 1e-9 * Math.max(1, (double) g[2]), file + ": the plan's cost is POT's optimum");
            for (int i = 0; i < p.size(); i++) {
                int j = p.target()[i];
                assertEquals(Math.hypot(a.get(i, 0) - b.get(j, 0), a.get(i, 1) - b.get(j, 1)), p.distance()[i], 1e-6);
            }
        }
    }

    @Test
    void noSwapOfTwoPairsIsCheaper() {
        Tensor a = new Tensor(60, 2), b = new Tensor(60, 2);
        Rng r = new Rng(4);
        r.fillGaussian(a);
        r.fillGaussian(b);
        TransportPlan p = TransportPlan.between(a, b);
        for (int i = 0; i < 60; i++) {
            for (int k = i + 1; k < 60; k++) {
                int ji = p.target()[i], jk = p.target()[k];
                double now = p.distance()[i] + p.distance()[k];
                double swapped = Math.hypot(a.get(i, 0) - b.get(jk, 0), a.get(i, 1) - b.get(jk, 1)) + Math.hypot(a.get(k, 0) - b.get(ji, 0), a.get(k, 1) - b.get(ji, 1));
                assertTrue(swapped >= now - 1e-9, "pairs " + i + " and " + k + " would be cheaper swapped");
            }
        }
        assertEquals(ExactW1.distance(a, b), p.w1(), 0.0);
    }
}
