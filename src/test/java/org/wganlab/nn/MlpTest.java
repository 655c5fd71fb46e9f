package org.wganlab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.autodiff.GradMode;
import org.wganlab.autodiff.Node;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;

class MlpTest {
    @Test
    void initUsesHeUniformForHiddenLayersGlorotForOutputAndZeroBiases() {
        Mlp m = Mlp.create(2, 512, 3, 1, Activation.RELU, new Rng(1));
        assertEquals(4, m.layers().size());
        float heFirst = (float) (Math.sqrt(3) * Math.sqrt(2.0 / 2));
        float heHidden = (float) (Math.sqrt(3) * Math.sqrt(2.0 / 512));
        float glorot = (float) (Math.sqrt(3) * Math.sqrt(2.0 / (512 + 1)));
        assertBound(m.layers().get(0).weight.value, heFirst);
        assertBound(m.layers().get(1).weight.value, heHidden);
        assertBound(m.layers().get(3).weight.value, glorot);
        for (Linear l : m.layers()) for (float b : l.bias.value.data) assertEquals(0f, b);
    }

    /** All values inside the bound, and the largest close to it (so the bound is not smaller). */
    private static void assertBound(Tensor w, float bound) {
        float max = 0;
        for (float v : w.data) max = Math.max(max, Math.abs(v));
        assertTrue(max <= bound, "max " + max + " exceeds bound " + bound);
        assertTrue(max > 0.95f * bound, "max " + max + " far below bound " + bound);
    }

    @Test
    void sameSeedSameWeightsOtherSeedOtherWeights() {
        Mlp a = Mlp.create(2, 32, 3, 2, Activation.RELU, new Rng(42));
        Mlp b = Mlp.create(2, 32, 3, 2, Activation.RELU, new Rng(42));
        Mlp c = Mlp.create(2, 32, 3, 2, Activation.RELU, new Rng(43));
        for (int i = 0; i < a.parameters().size(); i++) {
            assertArrayEquals(a.parameters().get(i).value.data, b.parameters().get(i).value.data);
        }
        assertNotEquals(a.parameters().get(0).value.data[0], c.parameters().get(0).value.data[0]);
    }

    @Test
    void noGraphEvaluationEqualsTheGraphForward() {
        for (Activation act : Activation.values()) {
            Mlp m = Mlp.create(2, 24, 3, 1, act, new Rng(5));
            Tensor x = new Tensor(37, 2);
            new Rng(6).fillGaussian(x);
            Tensor viaGraph;
            try (var s = GradMode.noGrad()) {
                viaGraph = m.forward(Node.constant(x)).value;
            }
            Tensor direct = new MlpEvaluator().evaluate(m, x);
            assertArrayEquals(viaGraph.data, direct.data, 1e-6f, act.id);
        }
    }

    @Test
    void forwardMatchesAHandComputedNetwork() {
        // 1 -> 2 -> 1 with relu: W0 = [1, -1], W1 = [2, 3]^T, b1 = 0.5; x = 2 -> h = [2, 0] -> 4.5
        Linear l0 = new Linear(Tensor.of(1, 2, 1f, -1f), new Tensor(1, 2));
        Linear l1 = new Linear(Tensor.of(2, 1, 2f, 3f), Tensor.of(1, 1, 0.5f));
        Mlp m = new Mlp(List.of(l0, l1), Activation.RELU);
        assertEquals(4.5f, m.forward(Node.constant(Tensor.of(1, 1, 2f))).item(), 1e-6f);
        assertEquals(0.5f + 3f * 2f, m.forward(Node.constant(Tensor.of(1, 1, -2f))).item(), 1e-6f);
    }
}
