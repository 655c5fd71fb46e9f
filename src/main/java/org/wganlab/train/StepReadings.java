package org.wganlab.train;

import org.wganlab.config.Method;
import org.wganlab.config.RunSpec;
import org.wganlab.nn.Mlp;
import org.wganlab.optim.WeightClipping;

/**
 * What the trainer measured on its latest steps, gathered from the {@link BatchPart}s, and the
 * {@link StepMetrics} made of it at the end of a generator iteration. NaN until measured.
 */
final class StepReadings {
    private double criticLoss = Double.NaN, generatorLoss = Double.NaN, wEstimate = Double.NaN, penalty = Double.NaN;
    /** What the last clipping pass left at the bounds; NaN until the critic has been clipped. */
    private double clippedFraction = Double.NaN;
    private final double[] layerGradNorms;
    private double criticNanos, generatorNanos;

    StepReadings(int layers) {
        layerGradNorms = new double[layers];
    }

    void beginIteration() {
        criticNanos = 0;
        generatorNanos = 0;
    }

    /** A single critic step's time is its own, not added to an iteration's. */
    void beginSingleCriticStep() {
        criticNanos = 0;
    }

    /** A generator step's loss and time. */
    void generatorStep(double loss, long nanos) {
        generatorLoss = loss;
        generatorNanos += nanos;
    }

    /** This iteration has no generator step (iteration 0, a fixed generator). */
    void noGeneratorStep() {
        generatorLoss = Double.NaN;
    }

    double generatorLoss() {
        return generatorLoss;
    }

    /** A restored run's generator loss of its current iteration. */
    void restoreGeneratorLoss(double loss) {
        generatorLoss = loss;
    }

    /** What the clipping pass left at the bounds, as a fraction of the critic's weights. */
    void clipped(double fraction) {
        clippedFraction = fraction;
    }

    /** The gradient norm per layer of the last measured critic step (a copy). */
    double[] layerGradNorms() {
        return layerGradNorms.clone();
    }

    /** The parts' losses, critic sums and penalties of a critic step on a batch of b. */
    void criticStep(BatchPart[] parts, Method method, int b, float loss, boolean measured, long nanos) {
        criticNanos += nanos;
        criticLoss = loss;
        double realSum = 0, fakeSum = 0, pen = 0;
        for (BatchPart part : parts) {
            realSum += part.realCriticSum();
            fakeSum += part.fakeCriticSum();
            pen += part.penalty();
        }
        wEstimate = (realSum - fakeSum) / b;
        penalty = method.hasPenalty() ? pen : Double.NaN;
        if (!measured) return;
        for (int l = 0; l < layerGradNorms.length; l++) {
            double sq = 0;
            for (BatchPart part : parts) sq += part.hiddenGradSquare(l);
            layerGradNorms[l] = Math.sqrt(sq);
        }
    }

    StepMetrics metrics(int iteration, StepBatch batch, Mlp critic, RunSpec spec) {
        double clip = spec.method() == Method.CLIP && !Double.isNaN(clippedFraction) ? clippedFraction
                : WeightClipping.fractionAtBound(critic.parameters(), (float) spec.clip());
        return new StepMetrics(iteration, criticLoss, generatorLoss, wEstimate, penalty,
                mean(batch.gradNormsReal), mean(batch.gradNormsFake), mean(batch.gradNormsInterp), clip,
                layerGradNorms.clone(), criticNanos / 1e6, generatorNanos / 1e6);
    }

    private static double mean(float[] a) {
        double s = 0;
        for (float v : a) s += v;
        return a.length == 0 ? Double.NaN : s / a.length;
    }
}
