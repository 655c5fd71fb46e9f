package org.wganlab.config;

import java.util.Locale;

/**
 * The allowed values of one numeric setting, defined once: the run specification checks with
 * it, and the window's fields refuse with its words.
 *
 * @param key          the setting's name in config.json
 * @param minExclusive true for a lower bound that is not itself allowed (c > 0); likewise maxExclusive
 * @param whole        true for settings that take whole numbers only
 */
public record Range(String key, double min, double max, boolean minExclusive, boolean maxExclusive, boolean whole) {
    public static final Range HIDDEN = whole("hidden", 1, 4096);
    public static final Range LAYERS = whole("layers", 1, 64);
    public static final Range BATCH = whole("batch", 1, 65536);
    public static final Range CRITIC_ITERS = whole("critic_iters", 1, 100);
    public static final Range LAMBDA = new Range("lambda", 0, 1e4, false, false, false);
    public static final Range CLIP = new Range("clip", 0, 100, true, false, false);
    public static final Range LR = new Range("lr", 0, 10, true, false, false);
    public static final Range LR_DECAY = whole("lr_decay", 0, 10_000_000);
    public static final Range BETA = new Range("adam_beta", 0, 1, false, true, false);
    public static final Range ITERS = whole("iters", 0, Integer.MAX_VALUE);
    /** 0 means every core; at most this many kernel threads otherwise. */
    public static final Range THREADS = whole("threads", 0, 1024);
    public static final Range EVAL_EVERY = whole("eval_every", 0, Integer.MAX_VALUE);
    /** The exact W1 solves an n x n assignment: 5000 points take minutes and n^2 ints of memory. */
    public static final Range EVAL_SAMPLES = whole("eval_samples", 2, 5000);

    private static Range whole(String key, double min, double max) {
        return new Range(key, min, max, false, false, true);
    }

    public boolean contains(double v) {
        return (minExclusive ? v > min : v >= min) && (maxExclusive ? v < max : v <= max) && (!whole || v == Math.rint(v));
    }

    /** The rule in words, for messages and tooltips: "1 to 4096", "greater than 0 and at most 100". */
    public String rule() {
        if (whole) return max >= Integer.MAX_VALUE ? "a whole number of at least " + fmt(min) : "a whole number from " + fmt(min) + " to " + fmt(max);
        return (minExclusive ? "greater than " + fmt(min) : "at least " + fmt(min)) + (maxExclusive ? " and less than " : " and at most ") + fmt(max);
    }

    /** Returns v, or throws a {@link SpecException} naming the key, the rule and the value. */
    public double check(double v) {
        if (!contains(v)) throw SpecException.outOfRange(this, v);
        return v;
    }

    /** The same bounds under another key (beta1 and beta2 share theirs). */
    public Range named(String otherKey) {
        return new Range(otherKey, min, max, minExclusive, maxExclusive, whole);
    }

    public int checkInt(long v) {
        check(v);
        return (int) v;
    }

    /** A bound as the rules write it: whole numbers without a point, others to six digits. */
    public static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }
}
