package org.wganlab.ui;

import java.util.Locale;
import org.wganlab.i18n.Words;
import org.wganlab.train.EvalResult;
import org.wganlab.train.SessionState;
import org.wganlab.train.Snapshot;

/** The compare window's words about its two runs: each side's line under its plane, and the status line. */
final class PairReadouts {
    private PairReadouts() {
    }

    /**
     * "A: mode=gp · iteration 1200 · alone ≈ 95 it/s · W1 0.123 · K 0.98"; looking back, the
     * moment's iteration and evaluation instead, and no pace (the numbers under a plane are the
     * plane's).
     *
     * @param back the kept moment shown, or null: the live state
     */
    static String side(String label, SessionState st, Snapshot back, Words words) {
        Snapshot s = back != null ? back : st.snapshot();
        StringBuilder t = new StringBuilder(label).append(" · ").append(words.format(back != null ? "pair.side.iterationBack" : "pair.side.iteration", s.iteration()));
        double alone = back != null ? Double.NaN : aloneRate(st, s.spec().criticIters());
        if (Double.isFinite(alone)) t.append(" · ").append(words.format("pair.side.alone", rate(alone)));
        EvalResult e = s.lastEval();
        if (e != null) t.append(" · W1 ").append(Messages.w1(e, s.iteration(), words)).append(String.format(Locale.ROOT, " · K %.3g", e.lipschitz()));
        if (back == null && st.problem() != null) t.append(" · ").append(Messages.describe(st.problem(), words));
        return t.toString();
    }

    /** The side's own pace from its step times: what it would train at if it did not wait for the other. */
    static double aloneRate(SessionState st, int criticIters) {
        double ms = st.msPerCritic() * criticIters + (Double.isFinite(st.msPerGenerator()) ? st.msPerGenerator() : 0);
        return ms > 0 && Double.isFinite(ms) ? 1000 / ms : Double.NaN;
    }

    /** The status line: paused, or playing at the pair's pace (together, in iterations a second; not positive: not measured yet) and how long 1000 more take. */
    static String status(boolean playing, double together, SessionState sa, SessionState sb, Words words) {
        int it = Math.min(sa.snapshot().iteration(), sb.snapshot().iteration());
        if (!playing) return words.format("pair.status.paused", it);
        if (!(together > 0)) return words.get("pair.status.measuring");
        double aA = aloneRate(sa, sa.snapshot().spec().criticIters()), aB = aloneRate(sb, sb.snapshot().spec().criticIters());
        String slower = aA < aB ? "A" : "B";
        return words.format("pair.status.playing", it, rate(together), slower, duration(1000 / together, words));
    }

    /** "95", or "1.4" for the slow rates of wide networks. */
    static String rate(double perSecond) {
        return String.format(Locale.ROOT, perSecond < 10 ? "%.1f" : "%.0f", perSecond);
    }

    static String duration(double seconds, Words words) {
        if (seconds < 90) return words.format("duration.seconds", seconds);
        return words.format("duration.minutes", seconds / 60);
    }
}
