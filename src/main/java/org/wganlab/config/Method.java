package org.wganlab.config;

/** How the critic is trained and kept (or not kept) Lipschitz. */
public enum Method {
    CLIP("clip", "weight clipping", OptimizerKind.RMSPROP, 5e-5),
    GP("gp", "gradient penalty", OptimizerKind.ADAM, 1e-4),
    LP("lp", "one-sided penalty", OptimizerKind.ADAM, 1e-4),
    NONE("none", "no constraint", OptimizerKind.ADAM, 1e-4),
    GAN("gan", "standard GAN", OptimizerKind.ADAM, 1e-4);

    public final String id;
    public final String label;
    public final OptimizerKind defaultOptimizer;
    public final double defaultLr;

    Method(String id, String label, OptimizerKind defaultOptimizer, double defaultLr) {
        this.id = id;
        this.label = label;
        this.defaultOptimizer = defaultOptimizer;
        this.defaultLr = defaultLr;
    }

    public static Method parse(String s) {
        for (Method m : values()) if (m.id.equalsIgnoreCase(s)) return m;
        throw new IllegalArgumentException("unknown mode '" + s + "' (expected clip, gp, lp, none or gan)");
    }

    public boolean hasPenalty() {
        return this == GP || this == LP;
    }

    /** True for the Wasserstein losses; false for the standard GAN's cross-entropy. */
    public boolean isWasserstein() {
        return this != GAN;
    }
}
