package org.wganlab.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wganlab.config.SpecException;
import org.wganlab.i18n.Refused;
import org.wganlab.i18n.Worded;

/**
 * One claim a lesson step makes about its run, checkable by the machine: a quantity, read at
 * the end of the step or over its last part, compared with a bound. Written as a short line,
 * "estimate / W1 >= 0.6 over the last 20%" (the grammar and every quantity are in the README's
 * lesson format); {@link #parse} refuses anything else with the character where it went wrong.
 *
 * @param statistic how a window's readings (or, at the end, the last batch's per-point norms) are summarised; null when
 *                  the claim names none (a window's mean, the end's reading)
 * @param percent   0 for "at the end"; otherwise the window, a part of the step in percent of its iterations
 * @param fromStart true for the step's first part ("over the first 5%"), false for its last
 */
public record Claim(String text, Statistic statistic, Quantity quantity, Comparison comparison, double percent, boolean fromStart) {
    /** How readings are summarised. */
    public enum Statistic { MEAN, MEDIAN, MIN, MAX }

    /** The bound a value is held to. */
    public sealed interface Comparison {
        boolean holds(double value);

        /** The comparison as written after the quantity. */
        String text();

        /** The same in the seeds' notation (words and $...$ formulas). */
        default String notation() {
            return text();
        }
    }

    public record AtLeast(double bound) implements Comparison {
        public boolean holds(double v) {
            return v >= bound;
        }

        public String text() {
            return ">= " + number(bound);
        }

        public String notation() {
            return "$\\geq " + tex(bound) + "$";
        }
    }

    public record AtMost(double bound) implements Comparison {
        public boolean holds(double v) {
            return v <= bound;
        }

        public String text() {
            return "<= " + number(bound);
        }

        public String notation() {
            return "$\\leq " + tex(bound) + "$";
        }
    }

    /** Equal: whole-number quantities (modes) compare exactly, others within a relative 1e-9. */
    public record EqualTo(double bound) implements Comparison {
        public boolean holds(double v) {
            return Math.abs(v - bound) <= 1e-9 * Math.max(1, Math.abs(bound));
        }

        public String text() {
            return "= " + number(bound);
        }

        public String notation() {
            return "$= " + tex(bound) + "$";
        }
    }

    public record Within(double distance, double of) implements Comparison {
        public boolean holds(double v) {
            return Math.abs(v - of) <= distance;
        }

        public String text() {
            return "within " + number(distance) + " of " + number(of);
        }

        public String notation() {
            return "within $" + tex(distance) + "$ of $" + tex(of) + "$";
        }
    }

    /**
     * A change over the step: the value is the relative change in percent from the step's start
     * to its end (negative when it fell), and a fall of P% holds when it is -P or less.
     */
    public record Change(Direction direction, double percent) implements Comparison {
        public boolean holds(double v) {
            return switch (direction) {
                case FALLS -> v <= -percent;
                case RISES -> v >= percent;
                case STAYS -> Math.abs(v) <= percent;
            };
        }

        public String text() {
            return switch (direction) {
                case FALLS -> "falls by " + number(percent) + "%";
                case RISES -> "rises by " + number(percent) + "%";
                case STAYS -> "changes by at most " + number(percent) + "%";
            };
        }
    }

    /** A fall or a rise of at least the percentage, or a change of at most it either way. */
    public enum Direction { FALLS, RISES, STAYS }

    @JsonCreator
    public static Claim parse(String text) {
        if (text == null) throw SpecException.worded("refusal.lesson.claimNotString");
        String t = text.strip().replaceAll("\\s+", " ");
        int at = 0;
        Statistic stat = null;
        for (Statistic s : Statistic.values()) {
            String w = s.name().toLowerCase(Locale.ROOT) + " ";
            if (t.toLowerCase(Locale.ROOT).startsWith(w)) {
                stat = s;
                at = w.length();
                break;
            }
        }
        Quantity.Parsed q;
        try {
            q = Quantity.parse(t.substring(at));
        } catch (Refused e) {
            throw refuse(text, t, at, e.reason());
        }
        if (q == null) throw refuse(text, t, at, SpecException.reason("refusal.claim.unknownQuantity", String.join(", ", Quantity.allNames())));
        at += q.length();
        String rest = t.substring(at).toLowerCase(Locale.ROOT);
        Matcher m = COMPARISON.matcher(rest);
        if (!m.lookingAt()) throw refuse(text, t, at, SpecException.reason("refusal.claim.noBound"));
        Comparison cmp = comparison(m);
        if (cmp == null) throw refuse(text, t, at, SpecException.reason(m.group(3) != null ? "refusal.claim.negativeDistance" : "refusal.claim.noChange"));
        at += m.end();
        String tail = t.substring(at).toLowerCase(Locale.ROOT);
        double percent = 0;
        boolean fromStart = false;
        Matcher w = WINDOW.matcher(tail);
        if (tail.isEmpty() || tail.equals(" at the end")) {
            percent = 0;
        } else if (w.matches()) {
            fromStart = w.group(1).equals("first");
            percent = Double.parseDouble(w.group(2));
            if (!(percent > 0 && percent <= 100)) throw refuse(text, t, at, SpecException.reason("refusal.claim.window"));
        } else {
            throw refuse(text, t, at, SpecException.reason("refusal.claim.noEnd"));
        }
        if (cmp instanceof Change && percent > 0) throw refuse(text, t, at, SpecException.reason("refusal.claim.changeWindow"));
        if (percent > 0 && q.quantity().kind().source == Quantity.Source.MOMENT) {
            throw refuse(text, t, at, SpecException.reason("refusal.claim.momentWindow", q.quantity().toString()));
        }
        if (stat != null && percent == 0 && !hasBatch(q.quantity())) {
            throw refuse(text, t, 0, SpecException.reason("refusal.claim.statisticWindow", stat.name().toLowerCase(Locale.ROOT)));
        }
        return new Claim(t, stat, q.quantity(), cmp, percent, fromStart);
    }

    /** The gradient norms are measured per point, so "median ||grad C(x_hat)|| at the end" has a meaning. */
    static boolean hasBatch(Quantity q) {
        return switch (q.kind()) {
            case GRAD_REAL, GRAD_FAKE, GRAD_INTERP -> true;
            default -> false;
        };
    }

    private static final String NUM = "([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:e[-+]?\\d+)?)";
    private static final Pattern COMPARISON = Pattern.compile(
            " (?:(>=|<=|=) " + NUM + "|within " + NUM + " of " + NUM + "|(falls by|rises by|changes by at most) (?:at least )?" + NUM + " ?%)(?= |$)");
    private static final Pattern WINDOW = Pattern.compile(" over the (first|last) " + NUM + " ?%");

    /** The comparison the matcher found, or null for a negative distance or a change of 0% or less. */
    private static Comparison comparison(Matcher m) {
        if (m.group(1) != null) {
            double v = Double.parseDouble(m.group(2));
            return switch (m.group(1)) {
                case ">=" -> new AtLeast(v);
                case "<=" -> new AtMost(v);
                default -> new EqualTo(v);
            };
        }
        if (m.group(3) != null) {
            double d = Double.parseDouble(m.group(3));
            if (d < 0) return null;
            return new Within(d, Double.parseDouble(m.group(4)));
        }
        double p = Double.parseDouble(m.group(6));
        if (!(p > 0)) return null;
        Direction d = m.group(5).startsWith("falls") ? Direction.FALLS : m.group(5).startsWith("rises") ? Direction.RISES : Direction.STAYS;
        return new Change(d, p);
    }

    private static SpecException refuse(String original, String normalised, int at, Worded why) {
        return SpecException.worded("refusal.claim", original.strip(), at + 1, ellipsis(normalised.substring(Math.min(at, normalised.length()))), why);
    }

    private static String ellipsis(String s) {
        String t = s.strip();
        return t.length() > 24 ? t.substring(0, 24) + "…" : t;
    }

    /**
     * The claim in the seeds' notation, for the panel and the handout: words with $...$
     * formulas ({@link org.wganlab.notation.MathText}): "median $\|\nabla C(\hat{x})\|$ within
     * $0.15$ of $1$ over the last 20%". {@link #text} stays what the lesson wrote.
     */
    public String notation() {
        StringBuilder b = new StringBuilder();
        if (statistic != null) b.append(statistic.name().toLowerCase(Locale.ROOT)).append(' ');
        b.append(quantity.notation()).append(' ').append(comparison.notation());
        if (percent > 0) b.append(" over the ").append(fromStart ? "first " : "last ").append(number(percent)).append('%');
        return b.toString();
    }

    /** A bound in LaTeX: as {@link #number} writes it, a power of ten as one ("1.5 \times 10^{-4}"). */
    static String tex(double v) {
        String n = number(v);
        int e = n.indexOf('e');
        return e < 0 ? n : n.substring(0, e) + " \\times 10^{" + n.substring(e + 1) + "}";
    }

    /** A bound as written: whole numbers without a point, small and large ones in powers of ten. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) return Long.toString((long) v);
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            String[] parts = String.format(Locale.ROOT, "%.2e", v).split("e");
            String mantissa = parts[0].replaceAll("\\.?0+$", "");
            return mantissa + "e" + Integer.parseInt(parts[1]);
        }
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    /** The claim as the lesson wrote it (single-spaced): how it is printed and saved. */
    @JsonValue
    @Override
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
