package org.wganlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;

class TransportPlanTest {
    @Test
    void thePlanMatchesEveryPointOnceAtPotsOptimalCost() throws Exception {
        for (String file : List.of("w1_8gaussians_300.csv", "w1_gauss_40.csv")) {
            GoldenW1 g = GoldenW1.read(file);
            Tensor a = g.a(), b = g.b();
            TransportPlan p = TransportPlan.between(a, b);
            boolean[] hit = new boolean[p.size()];
            for (int j : p.target()) hit[j] = true;
            for (int j = 0; j < hit.length; j++) assertTrue(hit[j], file + ": real point " + j + " matched once");
            assertEquals(g.w1(), p.w1(), 1e-9 * Math.max(1, g.w1()), file + ": the plan's cost is POT's optimum");
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
