package org.wganlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.autodiff.Node;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.config.Method;
import org.wganlab.config.OptimizerKind;
import org.wganlab.config.RunSpec;
import org.wganlab.nn.Activation;
import org.wganlab.nn.Mlp;

class TrainerTest {
    private static RunSpec small(Method m) {
        return RunSpec.defaults().withMethod(m).withHidden(32).withBatch(64).withThreads(1);
    }

    private static float[] flat(Mlp m) {
        int n = m.parameterCount(), k = 0;
        float[] out = new float[n];
        for (Node p : m.parameters()) for (float v : p.value.data) out[k++] = v;
        return out;
    }

    @Test
    void sameSeedSameRunForEveryMethod() {
        for (Method m : Method.values()) {
            Trainer a = new Trainer(small(m)), b = new Trainer(small(m));
            for (int i = 0; i < 5; i++) {
                assertArrayEquals(a.generatorIteration().values(), b.generatorIteration().values(), 0.0, m.id);
            }
            assertArrayEquals(flat(a.critic()), flat(b.critic()), m.id);
            assertArrayEquals(flat(a.generator()), flat(b.generator()), m.id);
        }
    }

    @Test
    void threadCountDoesNotChangeTheNumbers() {
        RunSpec one = small(Method.GP).withHidden(96);
        RunSpec two = one.withThreads(2);
        Trainer a = new Trainer(one);
        for (int i = 0; i < 3; i++) a.generatorIteration();
        float[] ca = flat(a.critic());
        Trainer b = new Trainer(two);
        for (int i = 0; i < 3; i++) b.generatorIteration();
        assertArrayEquals(ca, flat(b.critic()));
    }

    @Test
    void aMethodSwitchLandsAtTheNextStepAndIsRecordedWithoutResettingTheNetworks() {
        Trainer t = new Trainer(small(Method.GP));
        for (int i = 0; i < 3; i++) t.generatorIteration();
        float[] before = flat(t.critic());
        List<TrainEvent> ev = t.apply(t.spec().withMethod(Method.CLIP));
        assertEquals(1, ev.size());
        assertEquals(3, ev.get(0).iteration());
        assertTrue(ev.get(0).description().contains("gp → clip"), ev.get(0).description());
        assertArrayEquals(before, flat(t.critic()), "networks untouched until the next step");
        t.generatorIteration();
        assertEquals(4, t.iteration());
        for (float v : flat(t.critic())) assertTrue(Math.abs(v) <= 0.01f + 1e-9f, "clipped on the first clip step");
        assertTrue(t.lastMetrics().penalty() != t.lastMetrics().penalty(), "no penalty under clipping (NaN)");
        assertEquals(List.of(), t.apply(t.spec()), "an unchanged spec records nothing");
        assertEquals(List.of(), t.apply(t.spec().withIters(5)), "nor does a setting a live run does not use");
    }

    @Test
    void changingWidthRebuildsAndSaysSo() {
        Trainer t = new Trainer(small(Method.GP));
        t.generatorIteration();
        List<TrainEvent> ev = t.apply(t.spec().withHidden(16));
        assertTrue(ev.get(0).description().startsWith("networks rebuilt"), ev.get(0).description());
        assertEquals(0, t.iteration());
        assertEquals(16, t.critic().hiddenWidth());
    }

    @Test
    void aLearningRateChangeKeepsTheOptimizerState() {
        // kept: lr 1e-4 -> 2e-4 in one change; viaDetour: 1e-4 -> 3e-4 -> 2e-4 with no step between. If the
        // state is kept both are the same run. fresh goes through rmsprop and back: new Adam state, another run.
        RunSpec c = small(Method.GP);
        Trainer kept = new Trainer(c), viaDetour = new Trainer(c), fresh = new Trainer(c);
        for (Trainer t : List.of(kept, viaDetour, fresh)) t.generatorIteration();
        kept.apply(c.withLr(2e-4));
        viaDetour.apply(c.withLr(3e-4));
        viaDetour.apply(c.withLr(2e-4));
        fresh.apply(c.withLr(2e-4).withOptimizer(c.optimizer().withKind(OptimizerKind.RMSPROP).withLr(2e-4)));
        fresh.apply(c.withLr(2e-4).withOptimizer(c.optimizer().withKind(OptimizerKind.ADAM).withLr(2e-4)));
        for (Trainer t : List.of(kept, viaDetour, fresh)) t.generatorIteration();
        assertEquals(2e-4, kept.currentLearningRate(), 1e-9);
        assertArrayEquals(flat(kept.critic()), flat(viaDetour.critic()), "a learning-rate change keeps the moments");
        assertFalse(Arrays.equals(flat(kept.critic()), flat(fresh.critic())), "a new optimizer starts fresh moments");
    }

    @Test
    void aSingleCriticStepChangesTheCriticAndNotTheGenerator() {
        Trainer t = new Trainer(small(Method.GP));
        t.generatorIteration();
        float[] g = flat(t.generator()), c = flat(t.critic());
        t.criticStep();
        assertArrayEquals(g, flat(t.generator()));
        assertFalse(Arrays.equals(c, flat(t.critic())));
        c = flat(t.critic());
        t.generatorStep();
        assertArrayEquals(c, flat(t.critic()));
        assertFalse(Arrays.equals(g, flat(t.generator())));
    }

    @Test
    void clippingPilesWeightsAtTheBoundAndKeepsInterpolateGradientsFarBelowOne() {
        Trainer t = new Trainer(small(Method.CLIP).withFixedGenerator(true));
        for (int i = 0; i < 150; i++) t.generatorIteration();
        StepMetrics m = t.lastMetrics();
        assertTrue(m.clipFraction() > 0.3, "fraction at +-c: " + m.clipFraction());
        assertTrue(m.gradNormInterpMean() < 0.2, "interpolate grad norm: " + m.gradNormInterpMean());
    }

    @Test
    void gradientPenaltyAgainstAFixedGeneratorDrivesInterpolateNormsTowardOne() {
        // One seed's batch-64 estimate swings by +-0.1 and its trajectory depends on the kernel's
        // summation order (AVX2 and AVX-512 differ): average three seeds' last 50 iterations.
        double w = 0, n = 0, early = 0;
        for (long seed = 0; seed < 3; seed++) {
            Trainer t = new Trainer(small(Method.GP).withFixedGenerator(true).withLambda(10).withLr(1e-3).withHidden(64).withSeed(seed));
            for (int i = 0; i < 250; i++) {
                StepMetrics m = t.generatorIteration();
                if (i < 20) early += m.wEstimate() / 60;
                if (i >= 200) {
                    w += m.wEstimate() / 150;
                    n += m.gradNormInterpMean() / 150;
                }
            }
        }
        assertEquals(1.0, n, 0.15, "interpolate grad norm " + n);
        // Averaged, the critic's estimate is positive and has grown (the true W1 is about 0.85).
        assertTrue(w > 0.1 && w > early + 0.1, "the critic tells real from real + noise: " + w + " (first 20 iterations " + early + ")");
    }

    @Test
    void theSteadyStateStepAllocatesNoArrays() {
        Trainer t = new Trainer(small(Method.GP));
        for (int i = 0; i < 3; i++) t.generatorIteration();
        long after = t.arenaAllocations();
        for (int i = 0; i < 5; i++) t.generatorIteration();
        assertEquals(after, t.arenaAllocations());
    }

    @Test
    void aHugeLearningRateDivergesWithAClearException() {
        Trainer t = new Trainer(small(Method.NONE).withLr(10.0).withOptimizer(small(Method.NONE).optimizer().withKind(OptimizerKind.SGD).withLr(10.0)));
        DivergenceException e = assertThrows(DivergenceException.class, () -> {
            for (int i = 0; i < 50; i++) t.generatorIteration();
        });
        assertTrue(e.getMessage().contains("diverged"), e.getMessage());
    }

    @Test
    void snapshotsAreDetachedCopies() {
        Trainer t = new Trainer(small(Method.GP));
        t.generatorIteration();
        Snapshot s = t.snapshot(List.of());
        float[] w = s.critic().parameters().get(0).value.data.clone();
        Tensor fake = s.samples().fake().copy();
        t.generatorIteration();
        assertArrayEquals(w, s.critic().parameters().get(0).value.data);
        assertArrayEquals(fake.data, s.samples().fake().data);
        assertNotEquals(0, s.history().size());
        assertEquals(Trainer.DISPLAY_POINTS, s.samples().real().rows);
    }

    @Test
    void everyMethodTrainsWithoutErrorsAndGanHasNoWassersteinPenalty() {
        for (Method m : Method.values()) {
            Trainer t = new Trainer(small(m));
            for (int i = 0; i < 3; i++) t.generatorIteration();
            StepMetrics s = t.lastMetrics();
            assertTrue(Double.isFinite(s.criticLoss()), m.id);
            assertTrue(Double.isFinite(s.gradNormInterpMean()) && s.gradNormInterpMean() > 0, m.id);
            assertEquals(m.hasPenalty(), Double.isFinite(s.penalty()), m.id);
        }
    }

    @Test
    void stepByStepEqualsWholeIterationsAndTakesChangesBetweenSteps() {
        Trainer whole = new Trainer(small(Method.GP)), steps = new Trainer(small(Method.GP));
        for (int i = 0; i < 3; i++) whole.generatorIteration();
        int calls = 0;
        while (steps.iteration() < 3) {
            steps.step();
            calls++;
        }
        assertEquals(3 * 6 - 1, calls, "a generator step (none at iteration 0) and 5 critic steps per iteration");
        assertArrayEquals(flat(whole.critic()), flat(steps.critic()));
        assertArrayEquals(flat(whole.generator()), flat(steps.generator()));
        // A change between two critic steps lands at the next step: n_critic lowered mid-iteration ends it there.
        steps.step();
        steps.step();
        steps.apply(steps.spec().withCriticIters(2));
        assertTrue(steps.step() != null, "the second critic step now completes the iteration");
        assertEquals(4, steps.iteration());
    }

    @Test
    void theLearningRateDecaysLinearlyToATenthAndRestartsWhenTheMethodChanges() {
        RunSpec c = small(Method.GP).withLr(1e-3).withLrDecay(10);
        assertEquals(1e-3, c.lrAt(0), 1e-12);
        assertEquals(0.55e-3, c.lrAt(5), 1e-12);
        assertEquals(1e-4, c.lrAt(10), 1e-12);
        assertEquals(1e-4, c.lrAt(500), 1e-12, "floored at a tenth");
        Trainer t = new Trainer(c);
        for (int i = 0; i < 6; i++) t.generatorIteration();
        assertEquals(0.55e-3, t.currentLearningRate(), 1e-9, "iteration 5's rate");
        t.apply(t.spec().withMethod(Method.LP));
        t.generatorIteration();
        assertEquals(1e-3, t.currentLearningRate(), 1e-9, "a new method starts at its full rate");
        t.generatorIteration();
        assertEquals(0.91e-3, t.currentLearningRate(), 1e-9);
    }

    @Test
    void parametersSplitIntoTwoGroupsOfAboutEqualSizeEachOnce() {
        Mlp critic = Mlp.create(2, 128, 3, 1, Activation.RELU, new Rng(1));
        int[][] groups = ParameterUpdate.balancedGroups(critic.parameters());
        assertEquals(2, groups.length);
        int[] seen = new int[critic.parameters().size()];
        long[] size = new long[2];
        for (int q = 0; q < 2; q++) {
            for (int i : groups[q]) {
                seen[i]++;
                size[q] += critic.parameters().get(i).value.size();
            }
        }
        for (int i = 0; i < seen.length; i++) assertEquals(1, seen[i], "parameter " + i);
        // Two 128 x 128 weight matrices dominate: one to each group.
        assertTrue(Math.abs(size[0] - size[1]) <= 128 * 2 + 128 * 3 + 1, size[0] + " vs " + size[1]);
    }
}
