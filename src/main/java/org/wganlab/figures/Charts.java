package org.wganlab.figures;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.wganlab.config.Method;
import org.wganlab.i18n.Words;
import org.wganlab.nn.Linear;
import org.wganlab.train.EvalResult;
import org.wganlab.train.MetricsHistory.Series;
import org.wganlab.train.MetricsHistory;
import org.wganlab.train.Snapshot;
import org.wganlab.train.TrainEvent;

/** The chart views, one small class each (the per-layer gradients and the Lipschitz constant have files of their own), and what they share. */
public final class Charts {
    static final Color BLUE = new Color(0x1f77b4);
    static final Color ORANGE = new Color(0xff7f0e);
    static final Color GREEN = new Color(0x2ca02c);
    /** Event lines labelled at most this many (the latest); older ones are drawn unlabelled, so labels do not pile up. */
    static final int LABELLED_EVENTS = 4;

    private Charts() {
    }

    /**
     * An axis whose ticks read 0.5 and 5000 in every language, as the window's readouts and the
     * exported CSV files do (JFreeChart would follow the system's locale: 0,5 and 5.000).
     */
    static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        return a;
    }

    static XYPlot linePlot(String x, String y) {
        NumberAxis xa = axis(x);
        xa.setAutoRangeIncludesZero(false);
        NumberAxis ya = axis(y);
        ya.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        return new XYPlot(new XYSeriesCollection(), xa, ya, r);
    }

    static XYPlot histogramPlot(String x, String y) {
        XYBarRenderer r = new XYBarRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        return new XYPlot(new HistogramDataset(), axis(x), axis(y), r);
    }

    static XYSeries series(String name, double[] xs, double[] ys) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < xs.length; i++) if (Double.isFinite(ys[i])) s.add(xs[i], ys[i], false);
        return s;
    }

    static void markEvents(ChartFigure f, List<TrainEvent> events, int shownIteration) {
        f.plot.clearDomainMarkers();
        int first = Math.max(0, events.size() - LABELLED_EVENTS), row = 0;
        double near = LABEL_SPAN * Math.max(1, shownIteration);
        for (int i = 0; i < events.size(); i++) {
            TrainEvent e = events.get(i);
            boolean label = i >= first;
            ValueMarker m = f.marker(e.iteration(), label ? shortLabel(e.description()) : null, new Color(0x555555), true);
            if (label) {
                // A label starting where the one before it still runs (two switches at one
                // iteration, or a few apart) goes a line lower, so both stay legible.
                row = i > first && e.iteration() - events.get(i - 1).iteration() < near ? row + 1 : 0;
                f.labelRow(m, row);
            }
            f.plot.addDomainMarker(m);
        }
    }

    /** About how much of a chart's width a marker's label covers, as a share of the iterations shown. */
    static final double LABEL_SPAN = 0.5;

    /** An event's first change, to fit a marker ("method gp → clip"); the full text is in events.csv and the tooltip of the run. */
    static String shortLabel(String description) {
        int cut = description.length();
        for (String sep : new String[] {", ", " ("}) {
            int i = description.indexOf(sep);
            if (i > 0) cut = Math.min(cut, i);
        }
        String s = description.substring(0, cut);
        return cut < description.length() ? s + " …" : s;
    }

    /** The critic's Wasserstein estimate and the exact W1, with every live switch marked. */
    public static final class Wasserstein extends ChartFigure {
        /** Whose options say whether to show the estimate divided by the Lipschitz constant (null: never). */
        private final PlaneFigure options;

        public Wasserstein() {
            this(null, Words.english());
        }

        /** With the plane whose overlays it follows, in the plane's language. */
        public Wasserstein(PlaneFigure options) {
            this(options, options.words());
        }

        private Wasserstein(PlaneFigure options, Words words) {
            super(words, words.get("chart.wasserstein"), linePlot(words.get("axis.generatorIteration"), words.get("axis.distance")));
            this.options = options;
            // Estimate ÷ K is ticked on the plane: the curves follow its overlays.
            if (options != null) options.addChangeListener(this::refresh);
            XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
            r.setSeriesPaint(0, BLUE);
            r.setSeriesPaint(1, ORANGE);
            r.setSeriesShapesVisible(1, true);
            r.setSeriesPaint(2, GREEN);
        }

        @Override
        public String id() {
            return Views.WASSERSTEIN.id();
        }

        @Override
        protected void fill(Snapshot s) {
            MetricsHistory.View h = s.history();
            XYSeriesCollection c = new XYSeriesCollection();
            if (s.spec().method().isWasserstein()) {
                chart.setTitle(words.get("chart.wasserstein"));
                c.addSeries(series(words.get("series.criticEstimate"), h.iterations(), h.series(Series.W_ESTIMATE)));
            } else {
                chart.setTitle(words.get("chart.jsAndW1"));
                c.addSeries(series(words.get("series.jsEstimate"), h.iterations(), jsEstimate(h)));
            }
            XYSeries w1 = new XYSeries(words.format("series.exactW1", s.spec().evalSamples()), false, true);
            for (EvalResult e : s.evals()) if (Double.isFinite(e.w1())) w1.add(e.iteration(), e.w1(), false);
            c.addSeries(w1);
            if (options != null && options.options().estimateOverK() && s.spec().method().isWasserstein()) c.addSeries(overK(h, s.evals(), words));
            plot.setDataset(c);
            markEvents(this, s.events(), s.iteration());
        }
    }

    /**
     * The estimate divided by the critic's Lipschitz constant K on the plane, K taken from the
     * latest evaluation at or before each point: a K-Lipschitz critic's estimate is at most K W1,
     * so under clipping (K far below 1) the tiny raw estimate becomes comparable to W1.
     */
    static XYSeries overK(MetricsHistory.View h, List<EvalResult> evals, Words words) {
        XYSeries out = new XYSeries(words.get("series.estimateOverK"), false, true);
        double[] it = h.iterations(), est = h.series(Series.W_ESTIMATE);
        int e = -1;
        for (int i = 0; i < it.length; i++) {
            while (e + 1 < evals.size() && evals.get(e + 1).iteration() <= it[i]) e++;
            if (e < 0) continue;
            double k = evals.get(e).lipschitz();
            if (k > 0 && Double.isFinite(k) && Double.isFinite(est[i])) out.add(it[i], est[i] / k, false);
        }
        return out;
    }

    /** For the optimal discriminator L_D = 2 log 2 - 2 JS: the estimate saturates at log 2 on disjoint supports while W1 goes on falling. */
    static double[] jsEstimate(MetricsHistory.View h) {
        double[] ld = h.series(Series.CRITIC_LOSS), js = new double[ld.length];
        for (int i = 0; i < ld.length; i++) js[i] = Math.log(2) - ld[i] / 2;
        return js;
    }

    /** Every weight of the critic's layers, in layer order, as they are (non-finite ones included). */
    static double[] criticWeights(Snapshot s) {
        int n = 0;
        for (Linear l : s.critic().layers()) n += l.weight.value.size();
        double[] w = new double[n];
        int k = 0;
        for (Linear l : s.critic().layers()) for (float v : l.weight.value.data) w[k++] = v;
        return w;
    }

    /** Critic loss, generator loss and the penalty term. */
    public static final class Losses extends ChartFigure {
        public Losses() {
            this(Words.english());
        }

        public Losses(Words words) {
            super(words, words.get("chart.losses"), linePlot(words.get("axis.generatorIteration"), words.get("axis.loss")));
            XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
            r.setSeriesPaint(0, BLUE);
            r.setSeriesPaint(1, ORANGE);
            r.setSeriesPaint(2, GREEN);
        }

        @Override
        public String id() {
            return Views.LOSSES.id();
        }

        @Override
        protected void fill(Snapshot s) {
            MetricsHistory.View h = s.history();
            XYSeriesCollection c = new XYSeriesCollection();
            boolean critic = s.spec().method().isWasserstein();
            c.addSeries(series(words.get(critic ? "series.criticLoss" : "series.discriminatorLoss"), h.iterations(), h.series(Series.CRITIC_LOSS)));
            c.addSeries(series(words.get("series.generatorLoss"), h.iterations(), h.series(Series.GENERATOR_LOSS)));
            if (s.spec().method().hasPenalty()) c.addSeries(series(words.get("series.penalty"), h.iterations(), h.series(Series.PENALTY)));
            plot.setDataset(c);
            markEvents(this, s.events(), s.iteration());
        }
    }

    /** ||grad_x C|| at real, fake and interpolated points, with the Lipschitz target at 1. */
    public static final class GradNorms extends ChartFigure {
        public GradNorms() {
            this(Words.english());
        }

        public GradNorms(Words words) {
            super(words, words.get("chart.gradNorms.critic"), histogramPlot("‖∇ₓC(x)‖", words.get("axis.points")));
            XYBarRenderer r = (XYBarRenderer) plot.getRenderer();
            r.setSeriesPaint(0, new Color(27, 158, 62, 140));
            r.setSeriesPaint(1, new Color(216, 27, 140, 140));
            r.setSeriesPaint(2, new Color(90, 90, 90, 140));
        }

        @Override
        public String id() {
            return Views.GRAD_NORMS.id();
        }

        @Override
        protected void fill(Snapshot s) {
            boolean critic = s.spec().method().isWasserstein();
            chart.setTitle(words.get(critic ? "chart.gradNorms.critic" : "chart.gradNorms.discriminator"));
            // The axis names the same function as the title: a standard GAN's is D, not C.
            plot.getDomainAxis().setLabel(critic ? "‖∇ₓC(x)‖" : "‖∇ₓD(x)‖");
            float[][] all = {s.norms().atReal(), s.norms().atFake(), s.norms().atInterpolates()};
            double max = 1.25;
            for (float[] a : all) for (float v : a) if (Float.isFinite(v)) max = Math.max(max, v);
            HistogramDataset d = new HistogramDataset();
            String[] names = {words.get("plane.legend.real"), words.get("plane.legend.generated"), words.get("series.interpolates")};
            for (int i = 0; i < 3; i++) {
                // Nothing is measured before the first critic step.
                if (all[i].length == 0 || s.criticSteps() == 0) continue;
                d.addSeries(names[i], toDouble(all[i]), 40, 0, max * 1.02);
            }
            plot.setDataset(d);
            plot.clearDomainMarkers();
            // The line at 1 means nothing before the first step: nothing is drawn then.
            if (s.criticSteps() > 0) plot.addDomainMarker(marker(1.0, "‖∇‖ = 1", Color.BLACK, false));
        }
    }

    /** Every critic weight; under clipping, lines at +-c show where they pile up (the paper's Figure 1(b) right). */
    public static final class Weights extends ChartFigure {
        public Weights() {
            this(Words.english());
        }

        public Weights(Words words) {
            super(words, words.get("chart.weights"), histogramPlot(words.get("axis.weightValue"), words.get("axis.weights")));
            ((XYBarRenderer) plot.getRenderer()).setSeriesPaint(0, new Color(31, 119, 180, 200));
        }

        @Override
        public String id() {
            return Views.WEIGHTS.id();
        }

        @Override
        protected void fill(Snapshot s) {
            double[] w = criticWeights(s);
            int n = w.length;
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (double v : w) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            boolean clip = s.spec().method() == Method.CLIP;
            double c = s.spec().clip();
            if (clip) {
                lo = Math.min(lo, -c * 1.1);
                hi = Math.max(hi, c * 1.1);
            }
            if (!(hi > lo)) {
                lo = -1;
                hi = 1;
            }
            HistogramDataset d = new HistogramDataset();
            d.addSeries(words.format("series.allWeights", n), w, 60, lo, hi);
            plot.setDataset(d);
            plot.clearDomainMarkers();
            if (clip) {
                plot.addDomainMarker(marker(-c, "−c", Color.RED, true));
                // Left of its line: +c sits near the right edge, where a label to the right is cut.
                plot.addDomainMarker(marker(c, "+c", Color.RED, true, true));
            }
        }
    }

    static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) d[i] = Float.isFinite(a[i]) ? a[i] : 0;
        return d;
    }
}
