package org.wganlab.config;

/**
 * The optimizer of both networks and its step size.
 *
 * @param kind    null: the method's default (adam for the penalties, rmsprop for clipping)
 * @param lr      null: the method's default learning rate
 * @param lrDecay iterations over which the rate falls linearly to {@link #LR_FLOOR} of itself; 0: constant
 * @param rmsPropInit where RMSProp's mean square starts (the paper's TensorFlow 1: ones)
 */
public record OptimizerSpec(OptimizerKind kind, Double lr, int lrDecay, double beta1, double beta2, RmsPropInit rmsPropInit) {
    /** Where the decay stops, as a fraction of the starting rate. */
    public static final double LR_FLOOR = 0.1;
    public static final OptimizerSpec DEFAULTS = new OptimizerSpec(null, null, 0, 0.5, 0.9);

    public OptimizerSpec(OptimizerKind kind, Double lr, int lrDecay, double beta1, double beta2) {
        this(kind, lr, lrDecay, beta1, beta2, RmsPropInit.ONES);
    }

    public OptimizerSpec {
        if (rmsPropInit == null) throw new IllegalArgumentException("rmsprop_init must be ones or zeros");
        if (lr != null) Range.LR.check(lr);
        Range.LR_DECAY.check(lrDecay);
        Range.BETA.named("adam_beta1").check(beta1);
        Range.BETA.named("adam_beta2").check(beta2);
    }

    public OptimizerKind resolvedKind(Method m) {
        return kind != null ? kind : m.defaultOptimizer;
    }

    public double resolvedLr(Method m) {
        return lr != null ? lr : m.defaultLr;
    }

    /** The rate in force this many generator iterations into the schedule. */
    public double lrAt(Method m, int itersIntoSchedule) {
        double start = resolvedLr(m);
        if (lrDecay <= 0) return start;
        return start * Math.max(LR_FLOOR, 1.0 - (1.0 - LR_FLOOR) * Math.max(0, itersIntoSchedule) / lrDecay);
    }

    public OptimizerSpec withKind(OptimizerKind k) {
        return new OptimizerSpec(k, lr, lrDecay, beta1, beta2, rmsPropInit);
    }

    public OptimizerSpec withLr(Double rate) {
        return new OptimizerSpec(kind, rate, lrDecay, beta1, beta2, rmsPropInit);
    }

    public OptimizerSpec withLrDecay(int iters) {
        return new OptimizerSpec(kind, lr, iters, beta1, beta2, rmsPropInit);
    }

    public OptimizerSpec withBetas(double b1, double b2) {
        return new OptimizerSpec(kind, lr, lrDecay, b1, b2, rmsPropInit);
    }

    public OptimizerSpec withRmsPropInit(RmsPropInit init) {
        return new OptimizerSpec(kind, lr, lrDecay, beta1, beta2, init);
    }
}
