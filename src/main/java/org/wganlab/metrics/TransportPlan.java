package org.wganlab.metrics;

import org.wganlab.autodiff.Tensor;

/**
 * The optimal coupling behind an exact W1 (the Earth Mover's distance of the seeds' eq. 2 made
 * concrete): generated point i is moved to real point {@code target[i]}, every point of each
 * set exactly once, at the least mean distance there is.
 *
 * @param generated n x 2, the generated points
 * @param real      n x 2, the real points
 * @param target    for each generated point, the index of the real point it is matched with
 * @param distance  for each generated point, how far it moves
 */
public record TransportPlan(Tensor generated, Tensor real, int[] target, double[] distance) {
    /** The optimal plan from a to b (n x 2 each): an exact assignment. */
    public static TransportPlan between(Tensor generated, Tensor real) {
        if (generated.rows != real.rows || generated.cols != 2 || real.cols != 2) {
            throw new IllegalArgumentException("need two n x 2 point sets of the same size, got " + generated.shape() + " and " + real.shape());
        }
        int n = generated.rows;
        double[] cost = ExactW1.costs(generated, real);
        int[] match = n == 0 ? new int[0] : ExactW1.assignment(cost, n);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = cost[i * n + match[i]];
        return new TransportPlan(generated.copy(), real.copy(), match, d);
    }

    public int size() {
        return target.length;
    }

    /** The mean distance moved: the exact W1. */
    public double w1() {
        double s = 0;
        for (double v : distance) s += v;
        return distance.length == 0 ? 0 : s / distance.length;
    }
}
