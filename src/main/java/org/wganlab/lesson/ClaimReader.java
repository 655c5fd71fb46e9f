package org.wganlab.lesson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wganlab.config.Method;
import org.wganlab.lesson.Quantity.Kind;
import org.wganlab.lesson.Quantity.Source;
import org.wganlab.train.EvalResult;
import org.wganlab.train.MetricsHistory;
import org.wganlab.train.Snapshot;

/**
 * Reads a {@link Claim} on a {@link StepRun}: the quantity's readings in the claim's window,
 * summarised, compared with the bound. The same code serves the window's live ticks, the
 * handout and {@code lesson --check}, so what the class is told and what was checked agree.
 */
public final class ClaimReader {
    /** A change compares the mean of the step's first tenth with that of its last. */
    static final double CHANGE_PART = 10;

    private ClaimReader() {
    }

    public static ClaimResult read(Claim claim, StepRun run) {
        return ClaimResult.of(claim, value(claim, run));
    }

    public static List<ClaimResult> readAll(List<Claim> claims, StepRun run) {
        List<ClaimResult> out = new ArrayList<>();
        for (Claim c : claims) out.add(read(c, run));
        return out;
    }

    static double value(Claim claim, StepRun run) {
        if (run.now() == null) return Double.NaN;
        Quantity q = claim.quantity();
        if (claim.comparison() instanceof Claim.Change) {
            double from = at(q, run, Claim.Statistic.MEAN, true);
            double to = at(q, run, Claim.Statistic.MEAN, false);
            if (!(Math.abs(from) > 0) || Double.isNaN(to)) return Double.NaN;
            return 100 * (to - from) / Math.abs(from);
        }
        if (claim.percent() == 0) {
            if (claim.statistic() != null) {
                float[] batch = run.now().criticSteps() > 0 ? batch(q, run.now()) : null;
                return batch == null || batch.length == 0 ? Double.NaN : summarise(toDouble(batch), claim.statistic());
            }
            return last(q, run);
        }
        Claim.Statistic stat = claim.statistic() == null ? Claim.Statistic.MEAN : claim.statistic();
        if (claim.fromStart()) return windowed(q, run, run.begin() - 0.5, run.firstPartEnd(claim.percent()), stat);
        return windowed(q, run, run.windowStart(claim.percent()), stat);
    }

    /**
     * For a change: where the step began and where it is. Moments read the snapshots at its
     * start and now, evaluations the first of the step (the one at its start, where there is one)
     * and the latest, and curves, noisy from batch to batch, the means of the step's first and last tenth.
     */
    private static double at(Quantity q, StepRun run, Claim.Statistic stat, boolean first) {
        if (q.kind().source == Source.MOMENT) return moment(q, first ? run.atStart() : run.now());
        if (q.kind().source == Source.EVALUATION) return first ? first(q, run) : last(q, run);
        if (first) {
            double end = run.begin() + Math.max(run.now().iteration() - run.begin(), 1) * CHANGE_PART / 100.0;
            return windowed(q, run, run.begin() - 0.5, end, stat);
        }
        return windowed(q, run, run.windowStart(CHANGE_PART), stat);
    }

    private static double windowed(Quantity q, StepRun run, double from, Claim.Statistic stat) {
        return windowed(q, run, from, run.now().iteration() + 0.5, stat);
    }

    /** The statistic of the readings in (from, to]; ratios divide the two statistics. */
    private static double windowed(Quantity q, StepRun run, double from, double to, Claim.Statistic stat) {
        Snapshot s = run.now();
        double lo = Math.max(from, run.begin() - 0.5);
        return switch (q.kind()) {
            case ESTIMATE_OVER_W1, ESTIMATE_OVER_K, ESTIMATE_OVER_K_W1 -> {
                double est = summarise(curve(q.kind(), s, lo, to), stat);
                double d = 1;
                for (Kind k : denominators(q.kind())) {
                    double[] den = evals(k, s, lo, to);
                    d *= den.length > 0 ? summarise(den, stat) : evalValue(k, evalAtOrBefore(s, run.begin(), to));
                }
                yield est / d;
            }
            default -> switch (q.kind().source) {
                case CURVE -> summarise(curve(q.kind(), s, lo, to), stat);
                case EVALUATION -> {
                    double[] e = evals(q.kind(), s, lo, to);
                    yield e.length > 0 ? summarise(e, stat) : Double.NaN;
                }
                case MOMENT -> moment(q, s);
            };
        };
    }

    /** The latest reading of the step. */
    private static double last(Quantity q, StepRun run) {
        Snapshot s = run.now();
        return switch (q.kind()) {
            case ESTIMATE_OVER_W1, ESTIMATE_OVER_K, ESTIMATE_OVER_K_W1 -> {
                double d = 1;
                for (Kind k : denominators(q.kind())) d *= evalValue(k, lastEval(s, run.begin()));
                yield lastCurve(Kind.ESTIMATE, s, run.begin()) / d;
            }
            default -> switch (q.kind().source) {
                case CURVE -> lastCurve(q.kind(), s, run.begin());
                case EVALUATION -> evalValue(q.kind(), lastEval(s, run.begin()));
                case MOMENT -> moment(q, s);
            };
        };
    }

    /** What a ratio of the estimate divides by. */
    private static List<Kind> denominators(Kind ratio) {
        return switch (ratio) {
            case ESTIMATE_OVER_W1 -> List.of(Kind.W1);
            case ESTIMATE_OVER_K -> List.of(Kind.LIPSCHITZ);
            default -> List.of(Kind.LIPSCHITZ, Kind.W1);
        };
    }

    private static double first(Quantity q, StepRun run) {
        for (EvalResult e : run.now().evals()) if (e.iteration() >= run.begin()) return evalValue(q.kind(), e);
        return Double.NaN;
    }

    private static double[] curve(Kind kind, Snapshot s, double from, double to) {
        MetricsHistory.View h = s.history();
        double[] it = h.iterations(), v = h.series(kind.series());
        double[] out = new double[it.length];
        int n = 0;
        for (int i = 0; i < it.length; i++) {
            if (it[i] > from && it[i] <= to && Double.isFinite(v[i])) out[n++] = curveValue(kind, s, v[i]);
        }
        return Arrays.copyOf(out, n);
    }

    private static double lastCurve(Kind kind, Snapshot s, int begin) {
        MetricsHistory.View h = s.history();
        double[] it = h.iterations(), v = h.series(kind.series());
        for (int i = it.length - 1; i >= 0 && it[i] > begin - 0.5; i--) {
            if (Double.isFinite(v[i])) return curveValue(kind, s, v[i]);
        }
        return Double.NaN;
    }

    private static double curveValue(Kind kind, Snapshot s, double v) {
        if (kind != Kind.JS_ESTIMATE) return v;
        Method m = s.spec().method();
        return m.isWasserstein() ? Double.NaN : Math.log(2) - v / 2;
    }

    private static double[] evals(Kind kind, Snapshot s, double from, double to) {
        List<Double> out = new ArrayList<>();
        for (EvalResult e : s.evals()) {
            double v = evalValue(kind, e);
            if (e.iteration() > from && e.iteration() <= to && !Double.isNaN(v)) out.add(v);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The latest evaluation of the step up to iteration to: a window without one of its own reads the one before it. */
    private static EvalResult evalAtOrBefore(Snapshot s, int begin, double to) {
        EvalResult found = null;
        for (EvalResult e : s.evals()) if (e.iteration() >= begin && e.iteration() <= to) found = e;
        return found;
    }

    private static EvalResult lastEval(Snapshot s, int begin) {
        EvalResult e = s.lastEval();
        return e == null || e.iteration() < begin ? null : e;
    }

    private static double evalValue(Kind kind, EvalResult e) {
        if (e == null) return Double.NaN;
        return switch (kind) {
            case W1 -> e.w1();
            case LIPSCHITZ -> e.lipschitz();
            case MODES -> e.modesTotal() < 0 ? Double.NaN : e.modesCovered();
            case HIGH_QUALITY -> e.hqFraction();
            default -> Double.NaN;
        };
    }

    /** A reading of the moment itself: the layers' gradients, the arrows. */
    static double moment(Quantity q, Snapshot s) {
        if (s == null) return Double.NaN;
        // Before the first critic step nothing is measured through the layers; the arrows are drawn from the first moment on.
        if (s.criticSteps() == 0 && q.kind() != Kind.ARROW_LENGTH) return Double.NaN;
        return switch (q.kind()) {
            case LAYER -> layer(s, q.layer());
            case LAYER_RATIO -> layer(s, q.layer()) / layer(s, q.overLayer());
            case ARROW_LENGTH -> {
                float[] d = s.samples().fakeGrad().data;
                double sum = 0;
                int n = d.length / 2;
                for (int i = 0; i < n; i++) sum += Math.hypot(d[2 * i], d[2 * i + 1]);
                yield n == 0 ? Double.NaN : sum / n;
            }
            default -> Double.NaN;
        };
    }

    private static double layer(Snapshot s, int l) {
        double[] g = s.norms().perLayer();
        int i = l == 0 ? g.length - 1 : l - 1;
        return i >= 0 && i < g.length ? g[i] : Double.NaN;
    }

    private static float[] batch(Quantity q, Snapshot s) {
        return switch (q.kind()) {
            case GRAD_REAL -> s.norms().atReal();
            case GRAD_FAKE -> s.norms().atFake();
            case GRAD_INTERP -> s.norms().atInterpolates();
            default -> null;
        };
    }

    private static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        int n = 0;
        for (float v : a) if (Float.isFinite(v)) d[n++] = v;
        return Arrays.copyOf(d, n);
    }

    static double summarise(double[] v, Claim.Statistic stat) {
        if (v.length == 0) return Double.NaN;
        return switch (stat) {
            case MEAN -> Arrays.stream(v).average().orElse(Double.NaN);
            case MIN -> Arrays.stream(v).min().orElse(Double.NaN);
            case MAX -> Arrays.stream(v).max().orElse(Double.NaN);
            case MEDIAN -> {
                double[] c = v.clone();
                Arrays.sort(c);
                int n = c.length;
                yield n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
            }
        };
    }
}
