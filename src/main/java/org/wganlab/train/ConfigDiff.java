package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Describes, in words for event labels, what differs between two configs for training. */
final class ConfigDiff {
    private ConfigDiff() {
    }

    static List<String> describe(TrainConfig a, TrainConfig b) {
        List<String> d = new ArrayList<>();
        if (a.method != b.method) d.add("mode " + a.method.id + " → " + b.method.id);
        if (a.lambda != b.lambda) d.add("λ " + fmt(a.lambda) + " → " + fmt(b.lambda));
        if (a.clip != b.clip) d.add("c " + fmt(a.clip) + " → " + fmt(b.clip));
        if (!a.resolvedOptimizer().equals(b.resolvedOptimizer())) d.add("optimizer " + a.resolvedOptimizer() + " → " + b.resolvedOptimizer());
        if (a.resolvedLr() != b.resolvedLr()) d.add("lr " + fmt(a.resolvedLr()) + " → " + fmt(b.resolvedLr()));
        if (a.lrDecay != b.lrDecay) d.add("lr decay " + a.lrDecay + " → " + b.lrDecay + " iterations");
        if (a.adamBeta1 != b.adamBeta1 || a.adamBeta2 != b.adamBeta2) d.add("adam betas (" + a.adamBeta1 + ", " + a.adamBeta2 + ") → (" + b.adamBeta1 + ", " + b.adamBeta2 + ")");
        if (a.criticIters != b.criticIters) d.add("n_critic " + a.criticIters + " → " + b.criticIters);
        if (a.batch != b.batch) d.add("batch " + a.batch + " → " + b.batch);
        if (!a.dataset.equals(b.dataset)) d.add("dataset " + a.dataset + " → " + b.dataset);
        else if ("mixture".equals(a.dataset) && !Objects.equals(a.mixture, b.mixture)) d.add("mixture edited");
        if (a.fixedGenerator != b.fixedGenerator) d.add(b.fixedGenerator ? "generator fixed" : "generator training");
        if (a.hidden != b.hidden) d.add("width " + a.hidden + " → " + b.hidden);
        if (a.layers != b.layers) d.add("depth " + a.layers + " → " + b.layers);
        if (a.activation != b.activation) d.add("activation " + a.activation.id + " → " + b.activation.id);
        if (a.seed != b.seed) d.add("seed " + a.seed + " → " + b.seed);
        return d;
    }

    static String fmt(double v) {
        if (v != 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e4)) return String.format("%.0e", v);
        String s = String.format("%.4f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
