package org.wganlab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.data.GaussianMixture;
import org.wganlab.nn.Activation;

class RunSpecTest {
    @Test
    void everyRangeIsCheckedWhereTheValueIsMade() {
        List<Runnable> bad = List.of(
                () -> new NetworkSpec(0, 3, Activation.RELU), () -> new NetworkSpec(5000, 3, Activation.RELU), () -> new NetworkSpec(64, 65, Activation.RELU),
                () -> new CriticSpec(0, 0.1, 0.01), () -> new CriticSpec(5, -1, 0.01), () -> new CriticSpec(5, 0.1, 0), () -> new CriticSpec(5, Double.NaN, 0.01),
                () -> new OptimizerSpec(null, 0.0, 0, 0.5, 0.9), () -> new OptimizerSpec(null, 1e30, 0, 0.5, 0.9), () -> new OptimizerSpec(null, null, -1, 0.5, 0.9),
                () -> new OptimizerSpec(null, null, 0, 1.0, 0.9), () -> new LoopSpec(0, 10, 0, 0, false), () -> new LoopSpec(64, -1, 0, 0, false),
                () -> new LoopSpec(64, 10, 0, 5000, false), () -> new EvalSpec(-1, 100), () -> new EvalSpec(0, 50000), () -> DataSpec.named("9gaussians"));
        for (Runnable r : bad) assertThrows(SpecException.class, r::run);
        SpecException e = assertThrows(SpecException.class, () -> RunSpec.defaults().withHidden(0));
        assertEquals("hidden", e.key());
        assertEquals("hidden must be a whole number from 1 to 4096, got 0", e.getMessage());
    }

    @Test
    void theMethodDecidesTheDefaultOptimizerAndRate() {
        RunSpec clip = RunSpec.defaults().withMethod(Method.CLIP);
        assertEquals(OptimizerKind.RMSPROP, clip.optimizerKind());
        assertEquals(5e-5, clip.lr());
        assertEquals(OptimizerKind.ADAM, clip.withMethod(Method.GP).optimizerKind());
        assertEquals(3e-4, clip.withLr(3e-4).lr());
    }

    @Test
    void theDiffSaysWhatChangedInOrderAndWhetherToRebuild() {
        RunSpec a = RunSpec.defaults();
        assertTrue(SpecDiff.between(a, a).isEmpty());
        assertTrue(SpecDiff.between(a, a.withIters(5).withThreads(1)).isEmpty(), "settings a live run does not use");
        SpecDiff d = SpecDiff.between(a, a.withMethod(Method.CLIP).withLambda(10));
        assertTrue(d.describe().startsWith("method gp → clip, λ 0.1 → 10"), d.describe());
        assertFalse(d.needsRebuild());
        assertTrue(d.has(SpecField.Effect.NEW_OPTIMIZER), "clip's default optimizer is rmsprop");
        assertTrue(SpecDiff.between(a, a.withSeed(3)).needsRebuild());
        assertTrue(SpecDiff.between(a, a.withHidden(64)).needsRebuild());
        assertEquals("lr 1e-04 → 5e-05", SpecDiff.between(a, a.withLr(5e-5)).describe());
        assertFalse(SpecDiff.between(a, a.withLr(5e-5)).has(SpecField.Effect.NEW_OPTIMIZER));
        RunSpec m = a.withData(new DataSpec.Mixture(GaussianMixture.twoGaussians()));
        assertEquals("dataset 8gaussians → mixture", SpecDiff.between(a, m).describe());
        RunSpec edited = m.withData(new DataSpec.Mixture(GaussianMixture.eightGaussians()));
        assertEquals("mixture edited", SpecDiff.between(m, edited).describe());
        assertEquals("generator fixed", SpecDiff.between(a, a.withFixedGenerator(true)).describe());
    }
}
