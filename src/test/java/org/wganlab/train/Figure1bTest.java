package org.wganlab.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wganlab.config.DataSpec;
import org.wganlab.config.Method;
import org.wganlab.config.RmsPropInit;
import org.wganlab.config.RunSpec;

/**
 * The paper's Figure 1(b) left, pinned: on a 12-layer ReLU critic on the swiss roll, the
 * gradient of L_C with respect to the hidden layers grows toward the input when the weights are
 * clipped at c = 0.1, falls by orders of magnitude at c = 0.01, and stays within an order of
 * magnitude with the gradient penalty. Which way c = 0.1 goes depends on width and optimizer:
 * at width 128 (the shipped lesson's) it explodes with TensorFlow 1's RMSProp; at width 64 the
 * ones-initialised RMSProp moves the weights too slowly to reach that state in 300 iterations,
 * and PyTorch's zeros-initialised one gets there.
 */
class Figure1bTest {
    static RunSpec deep(int width) {
        return RunSpec.defaults().withData(DataSpec.named("swissroll")).withHidden(width).withLayers(12).withSeed(0).withThreads(0);
    }

    /** ||dL_C/dh_1|| / ||dL_C/dh_12||: above 1 the gradient grows toward the input. */
    static double firstOverLast(RunSpec spec, int iterations) {
        try (RunDriver d = new RunDriver(spec, 0, EvalSchedule.every(0))) {
            for (int i = 0; i < iterations; i++) d.iteration();
            double[] g = d.snapshot().norms().perLayer();
            return g[0] / g[g.length - 1];
        }
    }

    static RunSpec clipped(int width, double c) {
        return deep(width).withMethod(Method.CLIP).withLr(null).withClip(c);
    }

    @Test
    void clippingExplodesOrVanishesAndThePenaltyStaysFlat() {
        double explode = firstOverLast(clipped(128, 0.1), 300);
        assertTrue(explode > 10, "c = 0.1 grows toward the input: " + explode);
        double vanish = firstOverLast(clipped(128, 0.01), 60);
        assertTrue(vanish < 1e-6, "c = 0.01 vanishes: " + vanish);
        double flat = firstOverLast(deep(128).withMethod(Method.GP).withLambda(10).withLr(1e-4), 100);
        assertTrue(flat > 0.1 && flat < 10, "the penalty stays within an order of magnitude: " + flat);
    }

    @Test
    void atWidth64TheRmsPropInitialisationDecidesWhichWayCEqualsPointOneGoes() {
        RunSpec tf = clipped(64, 0.1);
        RunSpec torch = tf.withOptimizer(tf.optimizer().withRmsPropInit(RmsPropInit.ZEROS));
        double ones = firstOverLast(tf, 300), zeros = firstOverLast(torch, 300);
        assertTrue(ones < 0.5, "ones (TensorFlow 1): the weights stay near their start and the gradient falls toward the input: " + ones);
        assertTrue(zeros > 2, "zeros (PyTorch): the weights reach the bounds and the gradient grows toward the input: " + zeros);
    }
}
