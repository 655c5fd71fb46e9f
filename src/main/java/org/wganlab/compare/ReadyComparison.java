package org.wganlab.compare;

import java.util.List;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SettingsChange;

/** A comparison a lecture uses often, with what to watch: each side's change in config.json's keys. */
public record ReadyComparison(String name, String a, String b, String watch) {

    public static List<ReadyComparison> all() {
        return List.of(
                new ReadyComparison("Gradient penalty vs. weight clipping", "mode=gp", "mode=clip",
                        "Same seed, same data: the penalty's critic follows the data with gradients of order 1; the clipped critic is a ramp whose gradients and K are about a thousand times smaller."),
                new ReadyComparison("λ = 0.1 vs. λ = 10", "mode=gp,lambda=0.1", "mode=gp,lambda=10",
                        "The paper's λ = 10 holds ‖∇C‖ at 1 on the interpolates; with 0.1 the norms drift away from it."),
                new ReadyComparison("c = 0.01 vs. c = 0.1", "mode=clip,clip=0.01", "mode=clip,clip=0.1",
                        "The weights pile up at ±c on both sides; the larger bound gives a steeper critic and a larger K."),
                new ReadyComparison("Standard GAN vs. WGAN-GP", "mode=gan", "mode=gp,lambda=10",
                        "The discriminator's JS estimate saturates while the critic's estimate follows W1."),
                new ReadyComparison("Width 128 vs. the paper's 512", "hidden=128", "hidden=512",
                        "The wide side sets the pace: both wait for it; the status line says how long 1000 iterations take."));
    }

    public Comparison on(RunSpec base) {
        return new Comparison(base, SettingsChange.parse(a), SettingsChange.parse(b), List.of());
    }

    @Override
    public String toString() {
        return name;
    }
}
