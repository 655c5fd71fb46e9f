package org.wganlab.train;

import java.util.List;
import org.wganlab.autodiff.Tensor;
import org.wganlab.config.RunSpec;
import org.wganlab.metrics.TransportPlan;
import org.wganlab.data.Distribution;
import org.wganlab.nn.Mlp;

/**
 * An immutable picture of a run at one moment: everything the views and the exports draw.
 * The networks are copies, so a view may evaluate them on any thread while training goes on.
 *
 * @param real       display real points (fixed per dataset, n x 2)
 * @param fake       the generator's image of a fixed display noise batch (n x 2)
 * @param fakeGrad   -grad_x L_G at the shown fake points: grad_x C scaled by how hard the generator's loss pushes there (see Method#pushFactor)
 * @param interp     the last critic step's interpolates
 * @param gradNormsReal   ||grad_x D|| at the last critic batch's real points (likewise fake, interp)
 * @param layerGradNorms  ||dL_C / dh_l|| for each hidden layer's activations h_l (the paper's Figure 1(b) left)
 * @param plan       the optimal coupling of the latest exact-W1 evaluation, or null before one
 */
public record Snapshot(
        int iteration,
        long criticSteps,
        long generatorSteps,
        RunSpec spec,
        Distribution distribution,
        Tensor real,
        Tensor fake,
        Tensor fakeGrad,
        Tensor interp,
        float[] gradNormsReal,
        float[] gradNormsFake,
        float[] gradNormsInterp,
        double[] layerGradNorms,
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
