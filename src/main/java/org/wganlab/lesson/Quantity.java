package org.wganlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wganlab.i18n.Refused;
import org.wganlab.train.MetricsHistory.Series;

/**
 * A measured quantity a lesson's claim may name: one of the readings the app already shows,
 * with the name the README's lesson format gives it. Layer quantities carry their layers
 * (1 is the input side; 0 stands for the last hidden layer, however deep the network).
 */
public record Quantity(Kind kind, int layer, int overLayer) {
    /** Where a quantity's readings come from: the per-iteration curves, the exact-W1 evaluations, or the moment itself. */
    enum Source { CURVE, EVALUATION, MOMENT }

    /** The quantities, each with its names (the first is how it is printed) and its definition. */
    public enum Kind {
        ESTIMATE_OVER_W1(Source.CURVE, "the critic's estimate divided by the exact W1", "estimate / W1"),
        ESTIMATE_OVER_K_W1(Source.CURVE, "the estimate of the critic rescaled to 1-Lipschitz, as a fraction of the exact W1: 1 for an optimal critic", "estimate / (K W1)"),
        ESTIMATE_OVER_K(Source.CURVE, "the critic's estimate divided by its Lipschitz constant K", "estimate / K"),
        ESTIMATE(Source.CURVE, "the critic's Wasserstein estimate E[C(real)] - E[C(fake)] on the last critic batch", "estimate", "critic estimate", "w estimate"),
        W1(Source.EVALUATION, "the exact W1 between generated and real points (an optimal matching)", "W1", "exact W1"),
        LIPSCHITZ(Source.EVALUATION, "K, the largest ||grad C|| on the plane's grid", "K", "lipschitz constant"),
        GRAD_REAL(Source.CURVE, "||grad C|| at the real points of the last critic batch (mean over the batch)", "||grad C(x)||", "||grad C(real)||", "grad norm at real"),
        GRAD_FAKE(Source.CURVE, "||grad C|| at the generated points of the last critic batch", "||grad C(x_tilde)||", "||grad C(fake)||", "grad norm at fake"),
        GRAD_INTERP(Source.CURVE, "||grad C|| at the interpolates x_hat of the last critic batch", "||grad C(x_hat)||", "||grad C(interpolates)||", "grad norm at interpolates"),
        WEIGHTS_AT_BOUNDS(Source.CURVE, "the fraction of the critic's weights at +-c (the weight histogram's mass at the bounds)", "weights at bounds", "clip fraction"),
        LAYER_RATIO(Source.MOMENT, "||dL_C/dh_a|| / ||dL_C/dh_b||: how much larger the gradient is at layer a than at layer b", "layer a / layer b gradient norm"),
        LAYER(Source.MOMENT, "||dL_C/dh_a||, the gradient of the critic loss with respect to hidden layer a's activations", "layer a gradient norm"),
        MODES(Source.EVALUATION, "modes with at least one high-quality generated point (within 3 sigma of its nearest centre)", "modes covered"),
        HIGH_QUALITY(Source.EVALUATION, "the fraction of generated points within 3 sigma of their nearest mode centre", "high-quality fraction"),
        ARROW_LENGTH(Source.MOMENT, "the mean length of the arrows: ||grad_x L_G|| at the shown generated points", "arrow length"),
        CRITIC_LOSS(Source.CURVE, "L_C (L_D for the standard GAN) on the last critic batch", "critic loss"),
        GENERATOR_LOSS(Source.CURVE, "L_G on the last generator batch", "generator loss"),
        JS_ESTIMATE(Source.CURVE, "the standard GAN discriminator's Jensen-Shannon estimate, log 2 - L_D / 2", "JS estimate"),
        PENALTY(Source.CURVE, "the penalty term lambda E[(||grad C(x_hat)|| - 1)^2] of L_C", "penalty");

        final Source source;
        final String definition;
        final List<String> names;

        Kind(Source source, String definition, String... names) {
            this.source = source;
            this.definition = definition;
            this.names = List.of(names);
        }

        public String definition() {
            return definition;
        }

        public List<String> names() {
            return names;
        }

        /** The curve this quantity is read from, or null. */
        Series series() {
            return switch (this) {
                case ESTIMATE, ESTIMATE_OVER_W1, ESTIMATE_OVER_K, ESTIMATE_OVER_K_W1 -> Series.W_ESTIMATE;
                case GRAD_REAL -> Series.GRAD_NORM_REAL;
                case GRAD_FAKE -> Series.GRAD_NORM_FAKE;
                case GRAD_INTERP -> Series.GRAD_NORM_INTERP;
                case WEIGHTS_AT_BOUNDS -> Series.CLIP_FRACTION;
                case CRITIC_LOSS, JS_ESTIMATE -> Series.CRITIC_LOSS;
                case GENERATOR_LOSS -> Series.GENERATOR_LOSS;
                case PENALTY -> Series.PENALTY;
                default -> null;
            };
        }
    }

    /** A quantity without layers. */
    public static Quantity of(Kind kind) {
        return new Quantity(kind, -1, -1);
    }

    /** How the README and the panel print it. */
    @Override
    public String toString() {
        return switch (kind) {
            case LAYER -> "layer " + layerName(layer) + " gradient norm";
            case LAYER_RATIO -> "layer " + layerName(layer) + " / layer " + layerName(overLayer) + " gradient norm";
            default -> kind.names.get(0);
        };
    }

    /**
     * How the panel and the handout show it, in the seeds' notation: words with $...$ formulas
     * ({@link org.wganlab.notation.MathText}); a quantity the seeds have no symbol for stays words.
     */
    public String notation() {
        return switch (kind) {
            case ESTIMATE_OVER_W1 -> "estimate / $W_1$";
            case ESTIMATE_OVER_K_W1 -> "estimate / $(K\\, W_1)$";
            case ESTIMATE_OVER_K -> "estimate / $K$";
            case W1 -> "$W_1$";
            case LIPSCHITZ -> "$K$";
            case GRAD_REAL -> "$\\|\\nabla C(x)\\|$";
            case GRAD_FAKE -> "$\\|\\nabla C(\\tilde{x})\\|$";
            case GRAD_INTERP -> "$\\|\\nabla C(\\hat{x})\\|$";
            case WEIGHTS_AT_BOUNDS -> "weights at $\\pm c$";
            case LAYER -> "$" + layerNorm(layer) + "$";
            case LAYER_RATIO -> "$" + layerNorm(layer) + " \\,/\\, " + layerNorm(overLayer) + "$";
            case CRITIC_LOSS -> "$L_C$";
            case GENERATOR_LOSS -> "$L_G$";
            default -> toString();
        };
    }

    /** ||dL_C/dh_a||: the gradient of the critic loss at hidden layer a's activations. */
    private static String layerNorm(int l) {
        return "\\|\\partial L_C / \\partial h_{" + (l == 0 ? "\\mathrm{last}" : Integer.toString(l)) + "}\\|";
    }

    private static String layerName(int l) {
        return l == 0 ? "last" : Integer.toString(l);
    }

    /** Every name a claim may start with, for an error message: the layer forms as they are written. */
    static List<String> allNames() {
        List<String> out = new ArrayList<>();
        for (Kind k : Kind.values()) out.add(k.names.get(0));
        return out;
    }

    /** The quantity at the start of text (lower-cased, single-spaced), and how many characters it took; null if none. */
    static Parsed parse(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        Matcher m = LAYERS.matcher(t);
        if (m.lookingAt()) {
            int a = layer(m.group(1));
            if (m.group(2) != null) return new Parsed(new Quantity(Kind.LAYER_RATIO, a, layer(m.group(2))), m.end());
            return new Parsed(new Quantity(Kind.LAYER, a, -1), m.end());
        }
        Parsed best = null;
        for (Kind k : Kind.values()) {
            if (k == Kind.LAYER || k == Kind.LAYER_RATIO) continue;
            for (String name : k.names) {
                String n = name.toLowerCase(Locale.ROOT);
                if (t.startsWith(n) && (t.length() == n.length() || t.charAt(n.length()) == ' ') && (best == null || n.length() > best.length)) {
                    best = new Parsed(of(k), n.length());
                }
            }
        }
        return best;
    }

    private static final Pattern LAYERS =
            Pattern.compile("layer (\\d+|last)(?: / layer (\\d+|last))? gradient norm(?= |$)");

    private static int layer(String s) {
        if (s.equals("last")) return 0;
        int l;
        try {
            l = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new Refused("refusal.claim.notALayer", s);
        }
        if (l < 1) throw new Refused("refusal.claim.layerFromOne");
        return l;
    }

    record Parsed(Quantity quantity, int length) {
    }
}
