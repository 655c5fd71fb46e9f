package org.wganlab.figures;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.wganlab.config.Method;
import org.wganlab.nn.Linear;
import org.wganlab.train.EvalResult;
import org.wganlab.train.MetricsHistory.Series;
import org.wganlab.train.MetricsHistory;
import org.wganlab.train.Snapshot;
import org.wganlab.train.TrainEvent;

/** The chart views, one small class each. */
public final class Charts {
    static final Color BLUE = new Color(0x1f77b4);
    static final Color ORANGE = new Color(0xff7f0e);
    static final Color GREEN = new Color(0x2ca02c);
    /** Event lines labelled at most this many (the latest); older ones are drawn unlabelled. */
    static final int LABELLED_EVENTS = 6;

    private Charts() {
    }

    static XYPlot linePlot(String x, String y) {
        NumberAxis xa = new NumberAxis(x);
        xa.setAutoRangeIncludesZero(false);
        NumberAxis ya = new NumberAxis(y);
        ya.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        return new XYPlot(new XYSeriesCollection(), xa, ya, r);
    }

    static XYPlot histogramPlot(String x, String y) {
        XYBarRenderer r = new XYBarRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        return new XYPlot(new HistogramDataset(), new NumberAxis(x), new NumberAxis(y), r);
    }

    static XYSeries series(String name, double[] xs, double[] ys) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < xs.length; i++) if (Double.isFinite(ys[i])) s.add(xs[i], ys[i], false);
        return s;
    }

    static void markEvents(ChartFigure f, List<TrainEvent> events) {
        f.plot.clearDomainMarkers();
        for (int i = 0; i < events.size(); i++) {
            TrainEvent e = events.get(i);
            boolean label = i >= events.size() - LABELLED_EVENTS;
            f.plot.addDomainMarker(f.marker(e.iteration(), label ? e.description() : null, new Color(0x555555), true));
        }
    }

    /** The critic's Wasserstein estimate and the exact W1, with every live switch marked. */
    public static final class Wasserstein extends ChartFigure {
        public Wasserstein() {
            super("Wasserstein distance", linePlot("generator iteration", "distance"));
            XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
            r.setSeriesPaint(0, BLUE);
            r.setSeriesPaint(1, ORANGE);
            r.setSeriesShapesVisible(1, true);
        }

        @Override
        public String id() {
            return "wasserstein";
        }

        @Override
        protected void fill(Snapshot s) {
            MetricsHistory.View h = s.history();
            XYSeriesCollection c = new XYSeriesCollection();
            c.addSeries(series("critic estimate E[C(x)] − E[C(G(z))]", h.iterations(), h.series(Series.W_ESTIMATE)));
            XYSeries w1 = new XYSeries("exact W1 (" + s.spec().evalSamples() + " points)", false, true);
            for (EvalResult e : s.evals()) if (Double.isFinite(e.w1())) w1.add(e.iteration(), e.w1(), false);
            c.addSeries(w1);
            plot.setDataset(c);
            markEvents(this, s.events());
        }
    }

    /** Critic loss, generator loss and the penalty term. */
    public static final class Losses extends ChartFigure {
        public Losses() {
            super("Losses", linePlot("generator iteration", "loss"));
            XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
            r.setSeriesPaint(0, BLUE);
            r.setSeriesPaint(1, ORANGE);
            r.setSeriesPaint(2, GREEN);
        }

        @Override
        public String id() {
            return "losses";
        }

        @Override
        protected void fill(Snapshot s) {
            MetricsHistory.View h = s.history();
            XYSeriesCollection c = new XYSeriesCollection();
            c.addSeries(series("critic loss L_C", h.iterations(), h.series(Series.CRITIC_LOSS)));
            c.addSeries(series("generator loss L_G", h.iterations(), h.series(Series.GENERATOR_LOSS)));
            c.addSeries(series("penalty term", h.iterations(), h.series(Series.PENALTY)));
            plot.setDataset(c);
            markEvents(this, s.events());
        }
    }

    /** ||grad_x C|| at real, fake and interpolated points, with the Lipschitz target at 1. */
    public static final class GradNorms extends ChartFigure {
        public GradNorms() {
            super("Critic gradient norms ‖∇ₓC(x)‖", histogramPlot("‖∇ₓC(x)‖", "points"));
            XYBarRenderer r = (XYBarRenderer) plot.getRenderer();
            r.setSeriesPaint(0, new Color(27, 158, 62, 140));
            r.setSeriesPaint(1, new Color(216, 27, 140, 140));
            r.setSeriesPaint(2, new Color(90, 90, 90, 140));
        }

        @Override
        public String id() {
            return "grad-norms";
        }

        @Override
        protected void fill(Snapshot s) {
            float[][] all = {s.gradNormsReal(), s.gradNormsFake(), s.gradNormsInterp()};
            double max = 1.25;
            for (float[] a : all) for (float v : a) if (Float.isFinite(v)) max = Math.max(max, v);
            HistogramDataset d = new HistogramDataset();
            String[] names = {"real", "generated", "interpolates"};
            for (int i = 0; i < 3; i++) {
                // Nothing is measured before the first critic step.
                if (all[i].length == 0 || s.criticSteps() == 0) continue;
                d.addSeries(names[i], toDouble(all[i]), 40, 0, max * 1.02);
            }
            plot.setDataset(d);
            plot.clearDomainMarkers();
            plot.addDomainMarker(marker(1.0, "‖∇‖ = 1", Color.BLACK, false));
        }
    }

    /** Every critic weight; under clipping, lines at +-c show where they pile up (the paper's Figure 1(b) right). */
    public static final class Weights extends ChartFigure {
        public Weights() {
            super("Critic weights", histogramPlot("weight value", "weights"));
            ((XYBarRenderer) plot.getRenderer()).setSeriesPaint(0, new Color(31, 119, 180, 200));
        }

        @Override
        public String id() {
            return "weights";
        }

        @Override
        protected void fill(Snapshot s) {
            int n = 0;
            for (Linear l : s.critic().layers()) n += l.weight.value.size();
            double[] w = new double[n];
            int k = 0;
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (Linear l : s.critic().layers()) {
                for (float v : l.weight.value.data) {
                    w[k++] = v;
                    if (Float.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
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
            d.addSeries("all critic weights (" + n + ")", w, 60, lo, hi);
            plot.setDataset(d);
            plot.clearDomainMarkers();
            if (clip) {
                plot.addDomainMarker(marker(-c, "−c", Color.RED, true));
                plot.addDomainMarker(marker(c, "+c", Color.RED, true));
            }
        }
    }

    /** ||dL_C/dh_l|| per hidden layer on a log scale (the paper's Figure 1(b) left). */
    public static final class LayerGradients extends ChartFigure {
        public LayerGradients() {
            super("Gradient of L_C per layer", logPlot());
            XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
            r.setSeriesPaint(0, BLUE);
            r.setSeriesShapesVisible(0, true);
        }

        private static XYPlot logPlot() {
            NumberAxis xa = new NumberAxis("hidden layer (input side first)");
            xa.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            LogAxis ya = new LogAxis("‖∂L_C/∂h‖ (log scale)");
            ya.setSmallestValue(1e-12);
            ya.setNumberFormatOverride(new java.text.DecimalFormat("0.##E0"));
            return new XYPlot(new XYSeriesCollection(), xa, ya, new XYLineAndShapeRenderer(true, true));
        }

        @Override
        public String id() {
            return "layer-grads";
        }

        @Override
        protected void fill(Snapshot s) {
            XYSeries ser = new XYSeries(s.spec().method().label + (s.spec().method() == Method.CLIP ? ", c = " + s.spec().clip() : ""), false, true);
            double[] g = s.layerGradNorms();
            for (int i = 0; i < g.length; i++) if (g[i] > 0 && Double.isFinite(g[i])) ser.add(i + 1, g[i], false);
            XYSeriesCollection c = new XYSeriesCollection();
            c.addSeries(ser);
            plot.setDataset(c);
        }
    }

    static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) d[i] = Float.isFinite(a[i]) ? a[i] : 0;
        return d;
    }

    /** All views in dashboard order: the plane first. */
}
