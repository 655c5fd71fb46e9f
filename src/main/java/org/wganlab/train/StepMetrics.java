package org.wganlab.train;

/**
 * The scalar measurements of one generator iteration (taken on its last critic step).
 * Timings are kept apart from the science: they differ run to run, everything else is
 * reproducible from the seed.
 */
public record StepMetrics(
        int iteration,
        double criticLoss,
        double generatorLoss,
        double wEstimate,
        double penalty,
        double gradNormRealMean,
        double gradNormFakeMean,
        double gradNormInterpMean,
        double clipFraction,
        double[] layerGradNorms,
        double criticMs,
        double generatorMs) {

    /** Column names of metrics.csv, in order (layer columns follow, one per hidden layer). */
    public static final String[] COLUMNS = {"iter", "critic_loss", "generator_loss", "w_estimate", "penalty",
        "grad_norm_real_mean", "grad_norm_fake_mean", "grad_norm_interp_mean", "clip_fraction"};

    /** The same readings after a lone generator step (Step G), which changes the generator's loss only. */
    public StepMetrics withGeneratorLoss(double loss) {
        return new StepMetrics(iteration, criticLoss, loss, wEstimate, penalty, gradNormRealMean, gradNormFakeMean, gradNormInterpMean,
                clipFraction, layerGradNorms, criticMs, generatorMs);
    }

    public double[] values() {
        return new double[] {iteration, criticLoss, generatorLoss, wEstimate, penalty,
            gradNormRealMean, gradNormFakeMean, gradNormInterpMean, clipFraction};
    }
}
