package org.wganlab.train;

import java.util.List;

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
    public static final String[] COLUMNS = columns();

    /** metrics.csv's readings after "iter", in its column order: the history's series, named as the history names them. */
    private static String[] columns() {
        List<MetricsHistory.Series> order = List.of(MetricsHistory.Series.CRITIC_LOSS, MetricsHistory.Series.GENERATOR_LOSS, MetricsHistory.Series.W_ESTIMATE,
                MetricsHistory.Series.PENALTY, MetricsHistory.Series.GRAD_NORM_REAL, MetricsHistory.Series.GRAD_NORM_FAKE, MetricsHistory.Series.GRAD_NORM_INTERP,
                MetricsHistory.Series.CLIP_FRACTION);
        String[] c = new String[1 + order.size()];
        c[0] = "iter";
        for (int i = 0; i < order.size(); i++) c[i + 1] = order.get(i).column;
        return c;
    }

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
