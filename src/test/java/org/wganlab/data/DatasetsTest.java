package org.wganlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;

class DatasetsTest {
    @Test
    void eightGaussiansHasThePapersCentresAndSpread() {
        GaussianMixture g = GaussianMixture.eightGaussians();
        assertEquals(8, g.modes().size());
        for (Mode m : g.modes()) {
            assertEquals(2 / 1.414, Math.hypot(m.x(), m.y()), 1e-9);
            assertEquals(0.02 / 1.414, m.std(), 1e-12);
        }
        // Empirical spread around the nearest centre matches 0.02 / 1.414 per axis.
        Tensor s = g.sample(new Rng(4), 20000);
        double sq = 0;
        for (int r = 0; r < s.rows; r++) {
            double best = Double.POSITIVE_INFINITY;
            for (Mode m : g.modes()) best = Math.min(best, Math.pow(s.get(r, 0) - m.x(), 2) + Math.pow(s.get(r, 1) - m.y(), 2));
            sq += best;
        }
        assertEquals(0.02 / 1.414, Math.sqrt(sq / s.rows / 2), 0.0005);
    }

    @Test
    void twentyFiveGaussiansSitsOnAGridWithSpacing0707() {
        GaussianMixture g = GaussianMixture.twentyFiveGaussians();
        assertEquals(25, g.modes().size());
        assertEquals(2 * 2 / 2.828, g.modes().get(24).x(), 1e-12);
        assertEquals(0.05 / 2.828, g.modes().get(0).std(), 1e-12);
    }

    @Test
    void swissRollFollowsThePapersRadius() {
        Tensor s = new SwissRoll().sample(new Rng(2), 5000);
        double maxR = 0, minR = Double.POSITIVE_INFINITY;
        for (int r = 0; r < s.rows; r++) {
            double rad = Math.hypot(s.get(r, 0), s.get(r, 1));
            maxR = Math.max(maxR, rad);
            minR = Math.min(minR, rad);
        }
        // t in [1.5 pi, 4.5 pi] so the radius t / 7.5 spans [0.63, 1.88] before noise (0.25 / 7.5).
        assertEquals(4.5 * Math.PI / 7.5, maxR, 0.15);
        assertEquals(1.5 * Math.PI / 7.5, minR, 0.15);
    }

    @Test
    void everyBuiltInIsReproducibleFromItsSeed() {
        for (String name : Datasets.NAMES) {
            Distribution d = Datasets.byName(name);
            assertArrayEquals(d.sample(new Rng(7), 64).data, d.sample(new Rng(7), 64).data, name);
            assertEquals(name, d.id());
        }
    }

    @Test
    void anUnknownNameIsRefusedNamingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.byName("9gaussians"));
        assertTrue(e.getMessage().contains("8gaussians"), e.getMessage());
    }
}
