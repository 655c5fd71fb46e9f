package org.wganlab.lesson;

import java.util.Locale;

/**
 * A claim read on a run: its value (NaN when the run has not measured it yet) and whether it holds.
 */
public record ClaimResult(Claim claim, double value, boolean holds) {
    public static ClaimResult of(Claim claim, double value) {
        return new ClaimResult(claim, value, !Double.isNaN(value) && claim.comparison().holds(value));
    }

    /** The value as the panel and the handout print it: three significant digits, a change in percent. */
    public String valueText() {
        if (Double.isNaN(value)) return "not measured yet";
        String v = Claim.number(Double.parseDouble(String.format(Locale.ROOT, "%.3g", value)));
        return claim.comparison() instanceof Claim.Change ? (value > 0 ? "+" : "") + v + "%" : v;
    }

    /** "holds" or "fails", and the value: one line for a table. */
    public String line() {
        return (holds ? "holds" : "fails") + ": " + claim.text() + " (value " + valueText() + ")";
    }
}
