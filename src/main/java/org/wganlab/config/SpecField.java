package org.wganlab.config;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The settings a live run can see change, each with how it reads in an event label and what a
 * change of it does to the run. {@link SpecDiff} walks them in this order.
 */
public enum SpecField {
    METHOD("method", Effect.LIVE, s -> s.method(), v -> ((Method) v).id),
    LAMBDA("λ", Effect.LIVE, RunSpec::lambda, SpecField::number),
    CLIP("c", Effect.LIVE, RunSpec::clip, SpecField::number),
    OPTIMIZER("optimizer", Effect.NEW_OPTIMIZER, RunSpec::optimizerKind, v -> ((OptimizerKind) v).id),
    LR("lr", Effect.LEARNING_RATE, RunSpec::lr, SpecField::number),
    LR_DECAY("lr decay", Effect.LEARNING_RATE, s -> s.optimizer().lrDecay(), v -> v + " iterations") {
        @Override
        String describe(Object from, Object to) {
            return "lr decay " + from + " → " + to + " iterations";
        }
    },
    BETAS("adam betas", Effect.NEW_OPTIMIZER, s -> List.of(s.optimizer().beta1(), s.optimizer().beta2()),
            v -> "(" + ((List<?>) v).get(0) + ", " + ((List<?>) v).get(1) + ")"),
    RMSPROP_INIT("rmsprop init", Effect.NEW_OPTIMIZER, s -> s.optimizer().rmsPropInit().id, String::valueOf),
    CRITIC_ITERS("n_critic", Effect.LIVE, RunSpec::criticIters, String::valueOf),
    BATCH("batch", Effect.LIVE, RunSpec::batch, String::valueOf),
    DATA("dataset", Effect.NEW_DATA, RunSpec::data, v -> ((DataSpec) v).id()) {
        @Override
        String describe(Object from, Object to) {
            return from instanceof DataSpec.Mixture && to instanceof DataSpec.Mixture ? "mixture edited" : super.describe(from, to);
        }
    },
    FIXED_GENERATOR("generator", Effect.LIVE, RunSpec::fixedGenerator, String::valueOf) {
        @Override
        String describe(Object from, Object to) {
            return (Boolean) to ? "generator fixed" : "generator training";
        }
    },
    HIDDEN("width", Effect.REBUILD, RunSpec::hidden, String::valueOf),
    LAYERS("depth", Effect.REBUILD, RunSpec::layers, String::valueOf),
    ACTIVATION("activation", Effect.REBUILD, s -> s.activation().id, String::valueOf),
    SEED("seed", Effect.REBUILD, RunSpec::seed, String::valueOf);

    /** What a change does to a run in progress. */
    public enum Effect {
        /** Takes effect at the next step; nothing else changes. */
        LIVE,
        /** The step size changes; the optimizers keep their moments. */
        LEARNING_RATE,
        /** Fresh optimizer state for both networks. */
        NEW_OPTIMIZER,
        /** New real data (and display points); the networks stay. */
        NEW_DATA,
        /** New networks from the seed: a new run from iteration 0. */
        REBUILD
    }

    private final String label;
    public final Effect effect;
    private final Function<RunSpec, Object> value;
    private final Function<Object, String> shown;

    SpecField(String label, Effect effect, Function<RunSpec, Object> value, Function<Object, String> shown) {
        this.label = label;
        this.effect = effect;
        this.value = value;
        this.shown = shown;
    }

    Object valueIn(RunSpec s) {
        return value.apply(s);
    }

    /** The change in words, for an event label: "λ 0.1 → 10". */
    String describe(Object from, Object to) {
        return label + " " + shown.apply(from) + " → " + shown.apply(to);
    }

    /** Short and exact enough for a label: 5e-05 as 5e-05, 0.1 as 0.1. */
    static String number(Object o) {
        double v = (Double) o;
        if (v != 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e4)) return String.format(Locale.ROOT, "%.0e", v);
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
