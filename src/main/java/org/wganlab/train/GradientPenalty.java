package org.wganlab.train;

import org.wganlab.autodiff.Autodiff;
import org.wganlab.autodiff.Node;
import org.wganlab.autodiff.Ops;
import org.wganlab.nn.Mlp;

/**
 * The Lipschitz penalties on the critic's input gradient, built as graph nodes so that the
 * critic update can back-propagate through them (double backprop).
 */
public final class GradientPenalty {
    /**
     * Added under the square root of ||grad||: keeps d||g||/dg = g/||g|| finite where the
     * critic's input gradient is exactly zero. Below float32 resolution for any norm above 1e-6.
     */
    public static final float NORM_EPS = 1e-12f;

    private GradientPenalty() {
    }

    /**
     * ||dD/dx|| for each row of x (m x 1), differentiable with respect to the critic's
     * weights. x must be a variable; D's rows are independent, so the gradient of sum D is
     * every row's own input gradient.
     */
    public static Node inputGradientNorms(Mlp critic, Node x) {
        Node d = critic.forward(x);
        Node g = Autodiff.grad(d, x, true);
        return Ops.rowNorm(g, NORM_EPS);
    }

    /** lambda mean((||g|| - 1)^2), the WGAN-GP penalty. */
    public static Node twoSided(Node norms, float lambda) {
        return Ops.scale(Ops.mean(Ops.square(Ops.addScalar(norms, -1f))), lambda);
    }

    /** lambda mean(max(0, ||g|| - 1)^2), the one-sided WGAN-LP penalty. */
    public static Node oneSided(Node norms, float lambda) {
        return Ops.scale(Ops.mean(Ops.square(Ops.positivePart(Ops.addScalar(norms, -1f)))), lambda);
    }
}
