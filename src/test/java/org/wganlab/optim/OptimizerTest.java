package org.wganlab.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.wganlab.autodiff.Node;
import org.wganlab.autodiff.Tensor;

/** Two steps of each optimizer against values worked out by hand (gradients 2 then -0.5, start 1). */
class OptimizerTest {
    private static final Tensor G1 = Tensor.scalar(2f);
    private static final Tensor G2 = Tensor.scalar(-0.5f);

    private static Node param() {
        return Node.variable(Tensor.scalar(1f));
    }

    @Test
    void sgdTwoSteps() {
        Node p = param();
        Sgd opt = new Sgd(List.of(p), 0.1f);
        opt.step(List.of(G1));
        assertEquals(0.8f, p.item(), 1e-7f);
        opt.step(List.of(G2));
        assertEquals(0.85f, p.item(), 1e-7f);
    }

    @Test
    void adamTwoSteps() {
        // m1 = 1, v1 = 0.4 -> p = 1 - 0.1 * 2 / 2 = 0.9;
        // m2 = 0.25, v2 = 0.385 -> p = 0.9 - 0.1 * (0.25 / 0.75) / sqrt(0.385 / 0.19) = 0.87658333
        Node p = param();
        Adam opt = new Adam(List.of(p), 0.1f, 0.5f, 0.9f, 1e-8f);
        opt.step(List.of(G1));
        assertEquals(0.9f, p.item(), 1e-6f);
        opt.step(List.of(G2));
        assertEquals(0.87658333f, p.item(), 1e-6f);
    }

    @Test
    void rmsPropUsesTf1SemanticsWithAccumulatorStartingAtOne() {
        // ms1 = 0.9 * 1 + 0.1 * 4 = 1.3 -> p = 1 - 0.01 * 2 / sqrt(1.3) = 0.98245884;
        // ms2 = 0.9 * 1.3 + 0.1 * 0.25 = 1.195 -> p = 0.98245884 + 0.005 / sqrt(1.195) = 0.98703273
        Node p = param();
        RmsProp opt = new RmsProp(List.of(p), 0.01f);
        opt.step(List.of(G1));
        assertEquals(0.98245884f, p.item(), 1e-6f);
        opt.step(List.of(G2));
        assertEquals(0.98703273f, p.item(), 1e-6f);
    }

    @Test
    void changingTheLearningRateKeepsTheState() {
        Node a = param(), b = param();
        Adam kept = new Adam(List.of(a), 0.1f, 0.5f, 0.9f, 1e-8f);
        Adam fresh = new Adam(List.of(b), 0.1f, 0.5f, 0.9f, 1e-8f);
        kept.step(List.of(G1));
        kept.setLearningRate(0.05f);
        kept.step(List.of(G2));
        // With moments kept: 0.9 - 0.05 * 0.33333 / 1.4234868 = 0.88829167, not the fresh-state step.
        assertEquals(0.88829167f, a.item(), 1e-6f);
        assertEquals(2, kept.steps());
        fresh.step(List.of(G1));
        assertEquals(0.9f, b.item(), 1e-6f);
    }

    @Test
    void clippingClampsEveryValueAndCountsThoseAtTheBound() {
        Node w = Node.variable(Tensor.of(1, 4, -0.5f, 0.003f, 0.02f, -0.01f));
        double counted = WeightClipping.clip(List.of(w), 0.01f);
        assertEquals(-0.01f, w.value.data[0]);
        assertEquals(0.003f, w.value.data[1]);
        assertEquals(0.01f, w.value.data[2]);
        assertEquals(0.75, WeightClipping.fractionAtBound(List.of(w), 0.01f), 1e-9);
        assertEquals(0.75, counted, 1e-9, "the clipping pass counts what it leaves at the bounds");
        Node inside = Node.variable(Tensor.of(1, 4, 0.001f, -0.002f, 0.0099f, 0f));
        assertEquals(0.0, WeightClipping.clip(List.of(inside), 0.01f), 1e-9);
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Sgd(List.of(param()), 0f));
        assertThrows(IllegalArgumentException.class, () -> new Sgd(List.of(param()), Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> WeightClipping.clip(List.of(param()), -1f));
    }

    @Test
    void aStepInPiecesEqualsAWholeStep() {
        for (int variant = 0; variant < 2; variant++) {
            Node a1 = Node.variable(Tensor.of(1, 3, 1f, -2f, 0.5f)), a2 = Node.variable(Tensor.of(1, 2, 3f, 4f));
            Node b1 = Node.variable(a1.value.copy()), b2 = Node.variable(a2.value.copy());
            Optimizer whole = variant == 0 ? new Adam(List.of(a1, a2), 0.1f, 0.5f, 0.9f, 1e-8f) : new RmsProp(List.of(a1, a2), 0.01f);
            Optimizer pieces = variant == 0 ? new Adam(List.of(b1, b2), 0.1f, 0.5f, 0.9f, 1e-8f) : new RmsProp(List.of(b1, b2), 0.01f);
            for (int step = 0; step < 3; step++) {
                Tensor g1 = Tensor.of(1, 3, 0.3f * step, -1f, 2f), g2 = Tensor.of(1, 2, -0.7f, 0.1f * step);
                whole.step(List.of(g1, g2));
                pieces.beginSplitStep();
                pieces.updateParameter(1, g2); // any order, any thread
                pieces.updateParameter(0, g1);
                Assertions.assertArrayEquals(a1.value.data, b1.value.data, whole.id());
                Assertions.assertArrayEquals(a2.value.data, b2.value.data, whole.id());
            }
        }
    }
}
