package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.wganlab.config.DataSpec;
import org.wganlab.config.Method;
import org.wganlab.config.NetworkSpec;
import org.wganlab.config.RunSpec;
import org.wganlab.nn.Activation;

/** Ready-made setups that each tell one story from the seeds and the papers. */
public final class Presets {
    /**
     * A named setup and the sentence a teacher would say about it.
     *
     * @param session a saved session shipped with the app (a resource path) that the preset opens,
     *                already trained, or null: a new run of spec from its seed
     */
    public record Preset(String name, String story, RunSpec spec, String session, List<ScheduledSwitch> switches) {
        public Preset {
            switches = ScheduledSwitch.checked(switches, spec);
        }

        public Preset(String name, String story, RunSpec spec) {
            this(name, story, spec, null, List.of());
        }

        public Preset(String name, String story, RunSpec spec, String session) {
            this(name, story, spec, session, List.of());
        }
    }

    /** The session "Figure 1(a), already trained" opens: made by the command in the README (Presets, trained). */
    public static final String TRAINED_FIGURE_1A = "/sessions/figure1a-gp-8gaussians.wgan";

    /** Its settings: the penalty with the paper's lambda = 10 against a fixed generator, width 128. */
    public static RunSpec trainedFigure1aSpec() {
        return storyBase().withFixedGenerator(true).withHidden(128).withMethod(Method.GP).withLambda(10).withLr(1e-4);
    }

    private Presets() {
    }

    /**
     * The app's starting point: 8 Gaussians with the gradient penalty, tuned to converge in
     * seconds: width 64, 3 critic steps, lr 1e-3 falling to 1e-4 over 2000 iterations (without
     * the decay the modes form as fast but keep wobbling).
     */
    public static RunSpec defaultSpec() {
        return RunSpec.defaults().withMethod(Method.GP).withHidden(64).withCriticIters(3).withLr(1e-3).withLrDecay(2000);
    }

    /** The stories keep the paper's loop: 5 critic steps, a constant learning rate. */
    private static RunSpec storyBase() {
        return defaultSpec().withCriticIters(5).withLr(5e-4).withLrDecay(0);
    }

    private static Preset p(String name, String story, UnaryOperator<RunSpec> edit) {
        return new Preset(name, story, edit.apply(storyBase()));
    }

    /** Clipping with the original WGAN's optimizer and rate (RMSProp 5e-5, the method's defaults). */
    private static RunSpec clipping(RunSpec s, double c) {
        return s.withMethod(Method.CLIP).withLr(null).withClip(c);
    }

    /** The preset of this name, or null. */
    public static Preset byName(String name) {
        for (Preset p : all()) if (p.name().equals(name)) return p;
        return null;
    }

    public static List<Preset> all() {
        List<Preset> l = new ArrayList<>();
        l.add(new Preset("Default: 8 Gaussians, gradient penalty", "WGAN-GP on the paper's ring of 8 Gaussians: watch all 8 modes form.", defaultSpec()));
        for (String ds : List.of("8gaussians", "25gaussians", "swissroll")) {
            UnaryOperator<RunSpec> fixed = s -> s.withData(DataSpec.named(ds)).withFixedGenerator(true).withHidden(128);
            l.add(p("Figure 1(a): clipping vs. fixed generator, " + ds,
                    "Only the critic trains, against real + noise. A clipped critic is too simple: compare its surface with the penalty's.",
                    s -> clipping(fixed.apply(s), s.clip())));
            l.add(p("Figure 1(a): gradient penalty vs. fixed generator, " + ds,
                    "Only the critic trains, against real + noise. With the penalty the critic's surface follows the data.",
                    s -> fixed.apply(s).withMethod(Method.GP).withLr(1e-4)));
        }
        l.add(new Preset("Figure 1(a), already trained: gradient penalty vs. fixed generator, 8gaussians",
                "Opens a critic trained for 2000 iterations (lambda = 10): its surface follows the data; Play trains it on.",
                trainedFigure1aSpec().withIters(2000), TRAINED_FIGURE_1A));
        l.add(new Preset("Classroom toggle: penalty, then clipping at 1500",
                "The penalty until iteration 1500, then weight clipping by itself: watch the gradient norms collapse and the weights pile up at ±c.",
                defaultSpec(), null, List.of(ScheduledSwitch.parse("1500:mode=clip"))));
        l.add(p("Original WGAN: weight clipping, RMSProp", "Arjovsky et al.: RMSProp 5e-5, c = 0.01, 5 critic steps. The weights pile up at ±c.",
                s -> clipping(s, 0.01)));
        l.add(p("Standard GAN on disjoint supports", "The minimax game's discriminator saturates when real and fake do not overlap: its gradient vanishes"
                        + " (tick the generator's arrows); switch to gan, the non-saturating loss, and G moves again.",
                s -> s.withMethod(Method.MINIMAX).withData(DataSpec.named("twogaussians")).withLr(1e-4).withSeed(1)));
        l.add(p("λ too small (0.001)", "The penalty barely acts: gradient norms drift far from 1.", s -> s.withLambda(0.001)));
        l.add(p("λ too large (100)", "The penalty dominates: the critic only flattens its slope and learns little.", s -> s.withLambda(100)));
        l.add(p("c too small (0.001)", "Clipping at 0.001 makes the critic almost constant: gradients vanish.", s -> clipping(s, 0.001)));
        l.add(p("c too large (0.5)", "Clipping at 0.5 barely constrains: the critic is not Lipschitz and training can blow up.", s -> clipping(s, 0.5)));
        l.add(p("No constraint at all", "The WGAN losses with no Lipschitz constraint: the critic's values run away.", s -> s.withMethod(Method.NONE)));
        l.add(p("Deep critic: Figure 1(b), swiss roll, 12 layers", "12-layer critic: with clipping the per-layer gradients explode or vanish; with the penalty they stay flat.",
                s -> clipping(s.withData(DataSpec.named("swissroll")).withNetwork(new NetworkSpec(64, 12, Activation.RELU)), s.clip())));
        return l;
    }
}
