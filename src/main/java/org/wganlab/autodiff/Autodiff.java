package org.wganlab.autodiff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wganlab.kernel.ThreadScoped;

/**
 * Reverse-mode differentiation over the graph of {@link Node}s.
 *
 * <p>{@code grad(y, xs, createGraph)} returns dy/dx for each x (inputs as well as parameters).
 * With {@code createGraph} the returned gradients are graph nodes themselves, built from the
 * ops' backward rules, so a function of them (the gradient penalty) can be differentiated
 * again: double backprop. Without it they are constants and nothing new is recorded.
 *
 * <p>Only nodes on a path from y to some x are visited, so asking for an input gradient does
 * not compute weight gradients on the way.
 */
public final class Autodiff {
    private Autodiff() {
    }

    /** Gradient of the sum of y's elements with respect to each x. */
    public static List<Node> grad(Node y, List<Node> xs, boolean createGraph) {
        try (ThreadScoped.Scope ignored = GradMode.set(createGraph)) {
            return grad(y, Ops.onesLike(y), xs, createGraph);
        }
    }

    public static Node grad(Node y, Node x, boolean createGraph) {
        return grad(y, List.of(x), createGraph).get(0);
    }

    /** Vector-Jacobian product: the gradient of sum(seed * y) with respect to each x. */
    public static List<Node> grad(Node y, Node seed, List<Node> xs, boolean createGraph) {
        if (!seed.value.sameShape(y.value)) {
            throw new IllegalArgumentException("seed " + seed.value.shape() + " does not match output " + y.value.shape());
        }
        try (ThreadScoped.Scope ignored = GradMode.set(createGraph)) {
            List<Node> order = topologicalOrder(y);
            Set<Node> relevant = reachingAny(order, xs);
            Map<Node, Node> grads = new IdentityHashMap<>();
            if (relevant.contains(y)) grads.put(y, seed);
            for (int k = order.size() - 1; k >= 0; k--) {
                Node n = order.get(k);
                Node g = grads.get(n);
                if (g == null || n.parents.length == 0) continue;
                for (int i = 0; i < n.parents.length; i++) {
                    Node p = n.parents[i];
                    if (!relevant.contains(p)) continue;
                    Node gi = n.vjp.apply(n, g, i);
                    if (gi == null) continue;
                    Node prev = grads.get(p);
                    grads.put(p, prev == null ? gi : Ops.add(prev, gi));
                }
            }
            List<Node> result = new ArrayList<>(xs.size());
            for (Node x : xs) {
                Node g = grads.get(x);
                result.add(g != null ? g : Node.constant(new Tensor(x.rows(), x.cols())));
            }
            return result;
        }
    }

    /** Nodes reachable from y through recorded parents, parents before children. */
    static List<Node> topologicalOrder(Node y) {
        List<Node> order = new ArrayList<>();
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Node> stack = new ArrayDeque<>();
        ArrayDeque<Integer> next = new ArrayDeque<>();
        stack.push(y);
        next.push(0);
        seen.add(y);
        while (!stack.isEmpty()) {
            Node n = stack.peek();
            int i = next.pop();
            if (i < n.parents.length) {
                next.push(i + 1);
                Node p = n.parents[i];
                if (seen.add(p)) {
                    stack.push(p);
                    next.push(0);
                }
            } else {
                stack.pop();
                order.add(n);
            }
        }
        return order;
    }

    private static Set<Node> reachingAny(List<Node> order, List<Node> xs) {
        Set<Node> targets = Collections.newSetFromMap(new IdentityHashMap<>());
        targets.addAll(xs);
        Set<Node> relevant = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node n : order) {
            boolean r = targets.contains(n);
            for (Node p : n.parents) r |= relevant.contains(p);
            if (r) relevant.add(n);
        }
        return relevant;
    }
}
