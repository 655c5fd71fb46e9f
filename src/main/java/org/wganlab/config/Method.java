package org.wganlab.config;

import org.wganlab.i18n.Refused;
import org.wganlab.i18n.Worded;

/** How the critic is trained and kept (or not kept) Lipschitz. */
public enum Method {
    CLIP("clip", "weight clipping", OptimizerKind.RMSPROP, 5e-5),
    GP("gp", "gradient penalty", OptimizerKind.ADAM, 1e-4),
    LP("lp", "one-sided penalty", OptimizerKind.ADAM, 1e-4),
    NONE("none", "no constraint", OptimizerKind.ADAM, 1e-4),
    GAN("gan", "standard GAN", OptimizerKind.ADAM, 1e-4),
    /** The standard GAN with the generator loss of the original minimax game, log(1 - D(G(z))): its gradient vanishes where D rejects the fakes. */
    MINIMAX("minimax", "standard GAN, minimax loss", OptimizerKind.ADAM, 1e-4);

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
        throw new Refused("refusal.unknownValue", "mode", String.valueOf(s), Worded.of("refusal.or", "clip, gp, lp, none, gan", "minimax"));
    }

    public boolean hasPenalty() {
        return this == GP || this == LP;
    }

    /** True for the Wasserstein losses; false for the standard GAN's cross-entropy (either generator loss). */
    public boolean isWasserstein() {
        return this != GAN && this != MINIMAX;
    }

    /**
     * How hard the generator's loss pushes a generated point x, as a factor of grad_x C(x), from
     * the critic's output there: 1 for the Wasserstein losses, 1 - sigma(D) for the
     * non-saturating loss -log sigma(D), sigma(D) for the minimax loss log(1 - sigma(D)).
     */
    public double pushFactor(double output) {
        if (isWasserstein()) return 1;
        double sigma = 1 / (1 + Math.exp(-output));
        return this == MINIMAX ? sigma : 1 - sigma;
    }
}
