package org.wganlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.data.GaussianMixture;
import org.wganlab.data.Mode;

class ModeCoverageTest {
    @Test
    void countsHighQualitySamplesAndTheModesTheyCover() {
        List<Mode> modes = List.of(new Mode(0, 0, 0.1), new Mode(2, 0, 0.1), new Mode(0, 2, 0.1));
        // 0.05 from mode 0 (HQ, within 0.1); 0.22 from mode 1 (HQ); 0.35 from mode 1 (not HQ); far from all.
        Tensor s = Tensor.of(4, 2, 0.05f, 0f, 2.1f, 0.2f, 2.35f, 0f, 1f, 1f);
        ModeCoverage.Result r = ModeCoverage.of(s, modes);
        assertEquals(2, r.covered());
        assertEquals(3, r.total());
        assertEquals(0.5, r.hqFraction(), 1e-12);
        assertEquals(0.25, r.within01Fraction(), 1e-12);
    }

    @Test
    void realSamplesOf8GaussiansCoverEveryModeAndAreAlmostAllHighQuality() {
        GaussianMixture g = GaussianMixture.eightGaussians();
        ModeCoverage.Result r = ModeCoverage.of(g.sample(new Rng(1), 2000), g.modes());
        assertEquals(8, r.covered());
        // P(r <= 3 sigma) for an isotropic 2D Gaussian is 1 - exp(-4.5) = 0.9889.
        assertEquals(0.9889, r.hqFraction(), 0.006);
    }

    @Test
    void notApplicableWithoutModes() {
        assertFalse(ModeCoverage.of(new Tensor(3, 2), List.of()).applicable());
    }
}
