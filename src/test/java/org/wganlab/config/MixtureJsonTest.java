package org.wganlab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.data.GaussianMixture;

class MixtureJsonTest {
    @Test
    void aMixtureWithAFullCovarianceRoundTripsThroughJsonAndSamplesItsCovariance() {
        GaussianMixture m = new GaussianMixture(List.of(
                new GaussianMixture.Component(1, -1, 0.04, 0.03, 0.09, 2),
                GaussianMixture.Component.isotropic(-1, 1, 0.1, 1)));
        GaussianMixture back = MixtureJson.read(MixtureJson.write(m));
        assertEquals(m.components(), back.components());
        GaussianMixture one = new GaussianMixture(List.of(m.components().get(0)));
        Tensor s = one.sample(new Rng(3), 40000);
        double sxy = 0;
        for (int r = 0; r < s.rows; r++) sxy += (s.get(r, 0) - 1) * (s.get(r, 1) + 1);
        assertEquals(0.03, sxy / s.rows, 0.003);
    }

    @Test
    void weightDefaultsToOneAndTheTypeKeyIsOptional() {
        GaussianMixture m = MixtureJson.read("{\"components\": [{\"mean\": [0.5, -1], \"std\": 0.2}]}");
        assertEquals(GaussianMixture.Component.isotropic(0.5, -1, 0.2, 1), m.components().get(0));
    }

    @Test
    void badMixturesAreRefusedWithTheirPlace(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"components\": [\n    {\"mean\": [0, 0] \"std\": 1}\n  ]\n}\n");
        SpecException e = assertThrows(SpecException.class, () -> MixtureJson.read(broken));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("broken.json"), e.getMessage());

        Path negative = dir.resolve("neg.json");
        Files.writeString(negative, "{\"components\": [{\"mean\": [0, 0], \"cov\": [[1, 2], [2, 1]]}]}");
        e = assertThrows(SpecException.class, () -> MixtureJson.read(negative));
        assertTrue(e.getMessage().contains("component 1") && e.getMessage().contains("positive definite"), e.getMessage());

        e = assertThrows(SpecException.class, () -> MixtureJson.read("{\"components\": [{\"mean\": [0, 0], \"std\": \"wide\"}]}"));
        assertTrue(e.getMessage().contains("components[0].std") && e.getMessage().contains("a number"), e.getMessage());
        e = assertThrows(SpecException.class, () -> MixtureJson.read("{\"components\": [{\"mean\": [0], \"std\": 1}]}"));
        assertTrue(e.getMessage().contains("[x, y]"), e.getMessage());
        e = assertThrows(SpecException.class, () -> MixtureJson.read("{\"components\": []}"));
        assertTrue(e.getMessage().contains("non-empty"), e.getMessage());
        assertThrows(SpecException.class, () -> MixtureJson.read(dir.resolve("missing.json")));
    }
}
