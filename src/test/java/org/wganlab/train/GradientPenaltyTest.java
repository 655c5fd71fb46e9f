package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.autodiff.GradCheck;
import org.wganlab.autodiff.Node;
import org.wganlab.autodiff.Ops;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.nn.Activation;
import org.wganlab.nn.Linear;
import org.wganlab.nn.Mlp;

/**
 * The full WGAN-GP critic loss, mean D(fake) - mean D(real) + lambda mean((||dD/dx|| - 1)^2),
 * differentiated with respect to every critic weight through the double backward, against
 * finite differences of the loss evaluated in double.
 */
class GradientPenaltyTest {
    private static Tensor randn(int r, int c, Rng rng, float scale) {
        Tensor t = new Tensor(r, c);
        rng.fillGaussian(t);
        for (int i = 0; i < t.data.length; i++) t.data[i] *= scale;
        return t;
    }

    private static void checkCriticLoss(int depth, int width, boolean oneSided, int perWeight) {
        Rng rng = new Rng(3);
        Mlp init = Mlp.create(2, width, depth, 1, Activation.RELU, rng);
        Tensor real = randn(8, 2, rng, 1f);
        Tensor fake = randn(8, 2, rng, 1.5f);
        Tensor interp = randn(8, 2, rng, 1f);
        // Lambda 10 makes the penalty dominate, so an error in its double backward cannot hide.
        float lambda = 10f;
        GradCheck.checkScalar("critic loss", params -> {
            List<Linear> layers = new ArrayList<>();
            for (int i = 0; i < params.size(); i += 2) layers.add(new Linear(params.get(i), params.get(i + 1)));
            Mlp critic = new Mlp(layers, Activation.RELU);
            Node loss = Ops.sub(Ops.mean(critic.forward(Node.constant(fake))), Ops.mean(critic.forward(Node.constant(real))));
            Node norms = GradientPenalty.inputGradientNorms(critic, Node.variable(interp));
            Node pen = oneSided ? GradientPenalty.oneSided(norms, lambda) : GradientPenalty.twoSided(norms, lambda);
            return Ops.add(loss, pen);
        }, init.parameterValues(), 2e-3, 5, perWeight);
    }

    @Test
    void threeLayerCriticLossGradientMatchesFiniteDifferences() {
        checkCriticLoss(3, 16, false, Integer.MAX_VALUE);
    }

    @Test
    void twelveLayerCriticLossGradientMatchesFiniteDifferences() {
        // The paper's Figure 1(b) critic depth; 40 sampled entries per weight matrix keep it quick.
        checkCriticLoss(12, 16, false, 40);
    }

    @Test
    void oneSidedPenaltyGradientMatchesFiniteDifferences() {
        checkCriticLoss(3, 16, true, Integer.MAX_VALUE);
    }
}
