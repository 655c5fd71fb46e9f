package org.wganlab.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.nn.Activation;
import org.wganlab.nn.Linear;
import org.wganlab.nn.Mlp;
import org.wganlab.nn.MlpEvaluator;

class LipschitzEstimateTest {
    @Test
    void aLinearCriticsConstantIsItsWeightsNorm() {
        // C(x) = 3 x1 - 4 x2 (one hidden layer of identity-like tanh would bend it; use a single linear layer).
        Mlp linear = new Mlp(List.of(new Linear(Tensor.of(2, 1, 3f, -4f), new Tensor(1, 1))), Activation.RELU);
        assertEquals(5.0, LipschitzEstimate.onPlane(linear, 3), 1e-5);
    }

    @Test
    void anMlpsConstantMatchesFiniteDifferencesOnTheGrid() {
        Mlp critic = Mlp.create(2, 16, 2, 1, Activation.TANH, new Rng(11));
        double k = LipschitzEstimate.onPlane(critic, 3);
        // The steepest finite-difference slope on the same grid, a little finer than its spacing.
        int n = LipschitzEstimate.GRID;
        double h = 1e-3, best = 0;
        Tensor x = new Tensor(3 * n * n, 2);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int r = 3 * (i * n + j);
                float px = (float) (-3 + 6.0 * j / (n - 1)), py = (float) (-3 + 6.0 * i / (n - 1));
                x.data[2 * r] = px;
                x.data[2 * r + 1] = py;
                x.data[2 * r + 2] = (float) (px + h);
                x.data[2 * r + 3] = py;
                x.data[2 * r + 4] = px;
                x.data[2 * r + 5] = (float) (py + h);
            }
        }
        Tensor c = new MlpEvaluator().evaluate(critic, x);
        for (int p = 0; p < n * n; p++) {
            double gx = (c.data[3 * p + 1] - c.data[3 * p]) / h, gy = (c.data[3 * p + 2] - c.data[3 * p]) / h;
            best = Math.max(best, Math.hypot(gx, gy));
        }
        assertEquals(best, k, 0.02 * k);
        assertTrue(k > 0);
    }
}
