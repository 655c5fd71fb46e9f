package org.wganlab.export;

import java.util.List;
import java.util.Locale;
import org.wganlab.train.EvalResult;

/** The one number format of every CSV and key=value line the app writes, and the tables written in more than one place. */
public final class Csv {
    private Csv() {
    }

    /** Seven significant digits (a float's precision), trailing zeros dropped; nan, inf and -inf spelled out. */
    public static String number(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == Math.rint(v) && Math.abs(v) < 1e7) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.7g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }

    /** eval.csv (command line) and evals.csv (exports): one row per exact-W1 evaluation. */
    public static String evaluations(List<EvalResult> evals) {
        StringBuilder b = new StringBuilder("iter,samples,w1,modes_covered,modes_total,hq_fraction,within_0.1_fraction,lipschitz\n");
        for (EvalResult e : evals) {
            boolean modes = e.modesTotal() > 0;
            b.append(e.iteration()).append(',').append(e.samples()).append(',').append(number(e.w1())).append(',')
                    .append(modes ? String.valueOf(e.modesCovered()) : "nan").append(',').append(modes ? String.valueOf(e.modesTotal()) : "nan")
                    .append(',').append(number(e.hqFraction())).append(',').append(number(e.within01Fraction())).append(',').append(number(e.lipschitz())).append('\n');
        }
        return b.toString();
    }
}
