package org.wganlab.autodiff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finite-difference gradient checks in the style of autograd's check_grads.
 *
 * <p>The reference is a central difference of the function rebuilt at perturbed inputs (so a
 * backward rule that freezes an input-dependent value as a constant is caught, as check_grads
 * catches it by re-running the gradient) and evaluated in double by {@link DoubleEvaluator}.
 * Perturbations are a few float ulps, exactly representable, so the rebuilt float32 graph and
 * its double re-evaluation see the same inputs.
 *
 * <p>Order 2 checks the gradient of sum(v . grad f) for a fixed random v, with grad f built
 * with createGraph: every backward rule is differentiated once more.
 */
public final class GradCheck {
    private GradCheck() {
    }

    /** Checks f's gradient (order 1) and, when order is 2, the gradient of its gradient's projection. */
    public static void check(Function<List<Node>, Node> f, List<Tensor> inputs, int order, double tol, long seed) {
        checkScalar("order 1", f, inputs, tol, seed, Integer.MAX_VALUE);
        if (order >= 2) {
            List<Tensor> projections = new ArrayList<>();
            Rng rng = new Rng(seed + 17);
            for (Tensor t : inputs) {
                Tensor v = new Tensor(t.rows, t.cols);
                rng.fillGaussian(v);
                projections.add(v);
            }
            Function<List<Node>, Node> h = xs -> {
                List<Node> gs = Autodiff.grad(f.apply(xs), xs, true);
                Node sum = null;
                for (int i = 0; i < gs.size(); i++) {
                    Node term = Ops.sumAll(Ops.mul(gs.get(i), Node.constant(projections.get(i))));
                    sum = sum == null ? term : Ops.add(sum, term);
                }
                return sum;
            };
            checkScalar("order 2", h, inputs, tol, seed, Integer.MAX_VALUE);
        }
    }

    /**
     * Compares autodiff's gradient of the scalar f(inputs) with central differences, for every
     * element of every input, or at most {@code perInput} sampled elements of each.
     */
    public static void checkScalar(String label, Function<List<Node>, Node> f, List<Tensor> inputs, double tol, long seed, int perInput) {
        List<Node> xs = variables(inputs);
        Node y = f.apply(xs);
        if (y.value.size() != 1) throw new IllegalArgumentException("f must return a scalar");
        List<Node> grads = Autodiff.grad(y, xs, false);
        Rng pick = new Rng(seed);
        for (int xi = 0; xi < inputs.size(); xi++) {
            Tensor g = grads.get(xi).value;
            double scale = 1e-3;
            for (float v : g.data) scale = Math.max(scale, Math.abs(v));
            int n = g.size();
            int count = Math.min(n, perInput);
            for (int c = 0; c < count; c++) {
                final int j = count == n ? c : pick.nextInt(n);
                final int xIndex = xi;
                double fd = centralDifference(f, inputs, xi, j);
                double ad = g.data[j];
                double err = Math.abs(ad - fd) / scale;
                assertTrue(err <= tol, () -> String.format("%s: input %d element %d: autodiff %.8g vs finite difference %.8g (error %.3g of scale)",
                        label, xIndex, j, ad, fd, err));
            }
        }
    }

    private static List<Node> variables(List<Tensor> inputs) {
        List<Node> xs = new ArrayList<>();
        for (Tensor t : inputs) xs.add(Node.variable(t.copy()));
        return xs;
    }

    private static double centralDifference(Function<List<Node>, Node> f, List<Tensor> inputs, int xi, int j) {
        float x = inputs.get(xi).data[j];
        float step = Math.max(16 * Math.ulp(x), 1e-6f);
        float up = x + step, down = x - step;
        return (evalAt(f, inputs, xi, j, up) - evalAt(f, inputs, xi, j, down)) / ((double) up - (double) down);
    }

    private static double evalAt(Function<List<Node>, Node> f, List<Tensor> inputs, int xi, int j, float value) {
        List<Node> xs = variables(inputs);
        xs.get(xi).value.data[j] = value;
        Node y = f.apply(xs);
        Map<Node, double[]> leaves = new IdentityHashMap<>();
        for (Node x : xs) leaves.put(x, DoubleEvaluator.toDouble(x.value));
        return new DoubleEvaluator(leaves).scalar(y);
    }
}
