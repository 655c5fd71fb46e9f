package org.wganlab.train;

import java.util.List;
import org.wganlab.config.RunSpec;
import org.wganlab.data.Distribution;
import org.wganlab.metrics.TransportPlan;
import org.wganlab.nn.Mlp;

/**
 * An immutable picture of a run at one moment: everything the views and the exports draw.
 * The networks are copies, so a view may evaluate them on any thread while training goes on;
 * the points and norms are handed out as copies, so nothing a view does reaches another view.
 *
 * @param samples the points the plane shows
 * @param norms   the gradient norms of the last measured critic step
 * @param plan    the optimal coupling of the latest exact-W1 evaluation, or null before one
 */
public record Snapshot(
        int iteration,
        long criticSteps,
        long generatorSteps,
        RunSpec spec,
        Distribution distribution,
        Samples samples,
        GradientNorms norms,
        Mlp critic,
        Mlp generator,
        MetricsHistory.View history,
        List<TrainEvent> events,
        List<EvalResult> evals,
        StepMetrics last,
        TransportPlan plan) {

    /** The latest evaluation, or null before the first one. */
    public EvalResult lastEval() {
        return evals.isEmpty() ? null : evals.get(evals.size() - 1);
    }
}
