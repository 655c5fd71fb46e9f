package org.wganlab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wganlab.data.GaussianMixture;
import org.wganlab.nn.Activation;

class SpecJsonTest {
    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SpecJsonTest.class.getResource("/config/" + name).toURI());
    }

    @Test
    void everySettingRoundTrips() {
        RunSpec s = RunSpec.defaults().withMethod(Method.LP).withNetwork(new NetworkSpec(48, 4, Activation.TANH)).withCritic(new CriticSpec(3, 2.5, 0.05))
                .withOptimizer(new OptimizerSpec(OptimizerKind.SGD, 3e-4, 100, 0.1, 0.2)).withLoop(new LoopSpec(100, 77, -5, 2, true))
                .withEval(new EvalSpec(10, 300)).withData(new DataSpec.Mixture(GaussianMixture.twoGaussians()));
        assertEquals(s, SpecJson.read(SpecJson.write(s)));
        RunSpec d = RunSpec.defaults();
        assertEquals(d.withOptimizer(d.optimizer().withKind(OptimizerKind.ADAM).withLr(1e-4)), SpecJson.read(SpecJson.write(d)),
                "the optimizer and rate are written resolved");
        assertTrue(SpecJson.write(d).contains("\"mode\": \"gp\""), SpecJson.write(d));
    }

    @Test
    void filesWrittenByVersion01Load() throws Exception {
        RunSpec fixed = SpecJson.read(resource("v0.1-fixed-generator.json"));
        assertEquals(Method.GP, fixed.method());
        assertEquals(64, fixed.hidden());
        assertEquals(10, fixed.lambda());
        assertEquals(1e-3, fixed.lr());
        assertTrue(fixed.fixedGenerator());
        assertEquals(250, fixed.iters());
        assertEquals(1, fixed.loop().threads());
        RunSpec mix = SpecJson.read(resource("v0.1-mixture.json"));
        assertEquals(Method.CLIP, mix.method());
        assertEquals(OptimizerKind.RMSPROP, mix.optimizerKind());
        assertEquals(10, mix.optimizer().lrDecay());
        assertEquals(7, mix.seed());
        GaussianMixture m = ((DataSpec.Mixture) mix.data()).mixture();
        assertEquals(2, m.components().size());
        assertEquals(GaussianMixture.Component.isotropic(1.5, -0.5, 0.2, 2), m.components().get(0));
    }

    @Test
    void missingKeysTakeTheDefaults() {
        assertEquals(RunSpec.defaults().withMethod(Method.CLIP), SpecJson.read("{\"mode\": \"clip\"}"));
    }

    @Test
    void badFilesAreRefusedNamingThePlaceAndTheKey() {
        Map<String, String> cases = Map.of(
                "{\n \"mode\": \"gp\",\n \"hidden\": 12 13\n}", "line 3",
                "{\"hidden\": \"wide\"}", "\"hidden\" must be a whole number",
                "{\"hidden\": 12.5}", "\"hidden\" must be a whole number",
                "{\"hidden\": 0}", "hidden must be a whole number from 1 to 4096, got 0",
                "{\"hidden\": null}", "\"hidden\" must not be null",
                "{\"widht\": 3}", "unknown key \"widht\"",
                "{\"mode\": \"wgan\"}", "unknown mode 'wgan'",
                "{\"dataset\": \"mixture\"}", "no \"mixture\" object",
                "{\"seed\": 1, \"seed\": 2}", "seed",
                "[1, 2]", "line 1");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            SpecException e = assertThrows(SpecException.class, () -> SpecJson.read(c.getKey()), c.getKey());
            assertTrue(e.getMessage().contains(c.getValue()), c.getKey() + " -> " + e.getMessage());
        }
    }

    @Test
    void deeplyNestedJsonIsRefusedWithAMessageNotAStackOverflow() {
        for (String deep : new String[] {"{\"mixture\": " + "[".repeat(5000) + "]".repeat(5000) + "}", "[".repeat(5000) + "]".repeat(5000),
            "{\"mixture\": {\"components\": [{\"mean\": " + "[".repeat(5000) + "]".repeat(5000) + "}]}}"}) {
            SpecException e = assertThrows(SpecException.class, () -> SpecJson.read(deep));
            assertTrue(e.getMessage().startsWith("line 1, column "), e.getMessage());
        }
    }
}
