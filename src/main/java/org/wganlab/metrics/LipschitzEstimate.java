package org.wganlab.metrics;

import org.wganlab.autodiff.Autodiff;
import org.wganlab.autodiff.Node;
import org.wganlab.autodiff.Tensor;
import org.wganlab.nn.Mlp;

/**
 * The critic's Lipschitz constant as the plane shows it: the largest ||grad_x C(x)|| over a
 * regular grid of the plane, by the input gradient at each grid point (one backward pass for
 * the whole grid). A lower bound of the true constant, exact for the region the class sees.
 */
public final class LipschitzEstimate {
    /** Grid points per axis. */
    public static final int GRID = 64;

    private LipschitzEstimate() {
    }

    /** max ||grad C|| over a GRID x GRID grid of [-range, range]^2. */
    public static double onPlane(Mlp critic, double range) {
        Tensor x = new Tensor(GRID * GRID, 2);
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                int r = i * GRID + j;
                x.data[2 * r] = (float) (-range + 2 * range * j / (GRID - 1));
                x.data[2 * r + 1] = (float) (-range + 2 * range * i / (GRID - 1));
            }
        }
        Node in = Node.variable(x);
        Tensor g = Autodiff.grad(critic.forward(in), in, false).value;
        double max = 0;
        for (int r = 0; r < g.rows; r++) max = Math.max(max, Math.hypot(g.data[2 * r], g.data[2 * r + 1]));
        return max;
    }
}
