package org.wganlab.notation;

import java.util.Locale;

/**
 * Numbers as a class writes them on a board: a power of ten as 10 with a raised exponent
 * (5.07×10⁻⁴), never a programmer's 5.07e-04, in plain text where a formula is not typeset
 * (the window's readout beside its formulas). Screen text only: a PDF's standard fonts lack
 * most superscript digits.
 */
public final class Numbers {
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Numbers() {
    }

    /** v with this many decimals; below a thousandth (not zero) three significant digits times a power of ten. */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) return Double.toString(v);
        if (v != 0 && Math.abs(v) < 1e-3) return tenToThe(String.format(Locale.ROOT, "%.2e", v));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** "5.07e-04" as "5.07×10⁻⁴"; a number without an exponent as it is. */
    static String tenToThe(String formatted) {
        int e = formatted.indexOf('e');
        if (e < 0) return formatted;
        int exponent = Integer.parseInt(formatted.substring(e + 1).replace("+", ""));
        return formatted.substring(0, e) + "×10" + raised(exponent);
    }

    /** An integer in superscript digits, with a raised minus sign. */
    static String raised(int n) {
        StringBuilder b = new StringBuilder();
        if (n < 0) b.append('⁻');
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) b.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
        return b.toString();
    }
}
