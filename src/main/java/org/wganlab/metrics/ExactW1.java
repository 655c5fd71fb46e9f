package org.wganlab.metrics;

import java.util.Arrays;
import org.wganlab.autodiff.Tensor;

/**
 * The exact Wasserstein-1 distance between two equal-size point sets in the plane: the
 * minimum over one-to-one matchings of the mean Euclidean distance, an assignment problem.
 * Solved by the Hungarian algorithm in its shortest-augmenting-path form with dual potentials
 * (O(n^3) worst case, far less on point clouds), in double precision.
 */
public final class ExactW1 {
    private ExactW1() {
    }

    /** W1 between the rows of a and b (n x 2 each); {@link TransportPlan#between} keeps the matching too. */
    public static double distance(Tensor a, Tensor b) {
        return TransportPlan.between(a, b).w1();
    }

    /** The n x n matrix (row-major) of Euclidean distances from each row of a to each row of b. */
    static double[] costs(Tensor a, Tensor b) {
        int n = a.rows;
        double[] cost = new double[n * n];
        for (int i = 0; i < n; i++) {
            double ax = a.data[2 * i], ay = a.data[2 * i + 1];
            for (int j = 0; j < n; j++) {
                double dx = ax - b.data[2 * j], dy = ay - b.data[2 * j + 1];
                cost[i * n + j] = Math.sqrt(dx * dx + dy * dy);
            }
        }
        return cost;
    }

    /**
     * Minimum-cost perfect matching of a dense n x n cost matrix (row-major): returns, for
     * each row, the column it is matched to.
     */
    public static int[] assignment(double[] cost, int n) {
        // 1-based arrays as in the classic formulation; column 0 is a virtual start.
        double[] u = new double[n + 1], v = new double[n + 1], minv = new double[n + 1];
        int[] p = new int[n + 1], way = new int[n + 1];
        boolean[] used = new boolean[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                int row = (i0 - 1) * n - 1;
                double ui0 = u[i0];
                for (int j = 1; j <= n; j++) {
                    if (used[j]) continue;
                    double cur = cost[row + j] - ui0 - v[j];
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] match = new int[n];
        for (int j = 1; j <= n; j++) match[p[j] - 1] = j - 1;
        return match;
    }
}
