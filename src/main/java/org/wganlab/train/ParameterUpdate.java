package org.wganlab.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wganlab.autodiff.Node;
import org.wganlab.autodiff.Tensor;
import org.wganlab.config.RmsPropInit;
import org.wganlab.config.RunSpec;
import org.wganlab.kernel.Parallel;
import org.wganlab.optim.Adam;
import org.wganlab.optim.Optimizer;
import org.wganlab.optim.RmsProp;
import org.wganlab.optim.Sgd;
import org.wganlab.optim.WeightClipping;

/**
 * One network's update after a step: the {@link BatchPart}s' gradients added up in part order,
 * the optimizer's step and, for weight clipping, the clamp. Each parameter is updated on its
 * own, the parameters in two groups of about equal size that run on the two cores (the
 * optimizer and the clamp are memory-bound passes over every weight, ~5% of a 128-wide step on
 * one core); the arithmetic per parameter is the same whichever thread runs it.
 */
final class ParameterUpdate {
    private final List<Node> params;
    private final int[][] groups;
    private final List<Tensor> sums;
    private final long[] atBound = new long[2];

    ParameterUpdate(List<Node> params) {
        this.params = List.copyOf(params);
        this.groups = balancedGroups(this.params);
        this.sums = new ArrayList<>(params.size());
        for (Node p : params) sums.add(new Tensor(p.value.rows, p.value.cols));
    }

    /** A fresh optimizer of the spec's kind over params, starting at rate lr. */
    static Optimizer optimizer(RunSpec spec, List<Node> params, float lr) {
        return switch (spec.optimizerKind()) {
            case ADAM -> new Adam(params, lr, (float) spec.optimizer().beta1(), (float) spec.optimizer().beta2(), 1e-8f);
            case RMSPROP -> new RmsProp(params, lr, spec.optimizer().rmsPropInit() == RmsPropInit.ONES ? 1f : 0f);
            case SGD -> new Sgd(params, lr);
        };
    }

    /** Updates every parameter from the parts' gradients; with clip > 0 clamps them. Returns how many values the clamp left at a bound. */
    long apply(Optimizer opt, BatchPart[] parts, float clip) {
        opt.beginSplitStep();
        Parallel.forEachPart(groups.length, q -> {
            long at = 0;
            for (int i : groups[q]) {
                if (clip > 0) at += WeightClipping.stepClipped(opt, i, gradientSum(i, parts), clip);
                else opt.updateParameter(i, gradientSum(i, parts));
            }
            atBound[q] = at;
        });
        long at = 0;
        for (long a : atBound) at += a;
        return at;
    }

    /** Parameter i's gradient: the parts' gradients added up in part order, or the one part's own. */
    private Tensor gradientSum(int i, BatchPart[] parts) {
        if (parts.length == 1) return parts[0].grad(i);
        Tensor sum = sums.get(i);
        float[] out = sum.data;
        System.arraycopy(parts[0].grad(i).data, 0, out, 0, out.length);
        for (int p = 1; p < parts.length; p++) {
            float[] g = parts[p].grad(i).data;
            for (int j = 0; j < out.length; j++) out[j] += g[j];
        }
        return sum;
    }

    /** Parameter indices in two groups of about equal total size (largest first, each to the lighter group). */
    static int[][] balancedGroups(List<Node> params) {
        Integer[] order = new Integer[params.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> Integer.compare(params.get(y).value.size(), params.get(x).value.size()));
        List<Integer> a = new ArrayList<>(), b = new ArrayList<>();
        long sa = 0, sb = 0;
        for (int i : order) {
            int size = params.get(i).value.size();
            if (sa <= sb) {
                a.add(i);
                sa += size;
            } else {
                b.add(i);
                sb += size;
            }
        }
        return new int[][] {a.stream().mapToInt(Integer::intValue).toArray(), b.stream().mapToInt(Integer::intValue).toArray()};
    }
}
