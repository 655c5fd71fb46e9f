package org.wganlab.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.Locale;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.wganlab.i18n.Words;
import org.wganlab.config.Method;
import org.wganlab.train.EvalResult;
import org.wganlab.train.MetricsHistory.Series;
import org.wganlab.train.Snapshot;

/**
 * Two runs' curves on one chart, side A in blue and side B in orange, on shared axes: the
 * Wasserstein curves, the Lipschitz constant, the gradient norms at the interpolates and the
 * critic's weights. Sharing the axis is the honest picture here (clipping's tiny gradients and
 * weights beside the penalty's are the lesson); each legend gives the side's median or latest
 * value, so a spike at zero still reads as a number.
 */
public final class PairCharts {
    static final Color A = Charts.BLUE;
    static final Color B = Charts.ORANGE;

    private PairCharts() {
    }

    /** A chart of two snapshots; shown with {@link #show}, which keeps both sides together. */
    public abstract static class PairChart extends ChartFigure {
        private Snapshot a, b;
        private String labelA = "A", labelB = "B";

        PairChart(Words words, String title, XYPlot plot) {
            super(words, title, plot);
        }

        /** Both sides at once: the chart never mixes one side's new state with the other's old. */
        public final void show(Snapshot a, Snapshot b, String labelA, String labelB) {
            this.a = a;
            this.b = b;
            this.labelA = labelA;
            this.labelB = labelB;
            update(a);
        }

        @Override
        protected final void fill(Snapshot ignored) {
            if (a == null || b == null) return;
            fill(a, b, labelA, labelB);
        }

        /** Curves over training: from iteration 0 to the further side's, however few points there are. */
        void iterationAxis() {
            plot.getDomainAxis().setRange(0, 1.03 * Math.max(1, Math.max(a.iteration(), b.iteration())));
        }

        protected abstract void fill(Snapshot a, Snapshot b, String labelA, String labelB);
    }

    private static void colours(XYLineAndShapeRenderer r, boolean pointsToo) {
        r.setSeriesPaint(0, A);
        r.setSeriesPaint(1, B);
        r.setSeriesPaint(2, A.brighter());
        r.setSeriesPaint(3, B.brighter());
        r.setSeriesShapesVisible(0, pointsToo);
        r.setSeriesShapesVisible(1, pointsToo);
    }

    /** Exact W1 of both sides (comparable across methods) and each critic's own estimate. */
    public static final class Wasserstein extends PairChart {
        public Wasserstein(Words words) {
            super(words, words.get("pair.chart.wasserstein"), Charts.linePlot(words.get("axis.generatorIteration"), words.get("axis.distance")));
            colours((XYLineAndShapeRenderer) plot.getRenderer(), true);
        }

        @Override
        public String id() {
            return "pair-" + Views.WASSERSTEIN.id();
        }

        @Override
        protected void fill(Snapshot a, Snapshot b, String la, String lb) {
            XYSeriesCollection c = new XYSeriesCollection();
            c.addSeries(w1(a, la, words));
            c.addSeries(w1(b, lb, words));
            c.addSeries(estimate(a, la, words));
            c.addSeries(estimate(b, lb, words));
            plot.setDataset(c);
            iterationAxis();
        }

        private static XYSeries w1(Snapshot s, String label, Words words) {
            XYSeries w = new XYSeries(words.format("pair.series.exactW1", label), false, true);
            for (EvalResult e : s.evals()) if (Double.isFinite(e.w1())) w.add(e.iteration(), e.w1(), false);
            return w;
        }

        private static XYSeries estimate(Snapshot s, String label, Words words) {
            double[] it = s.history().iterations(), est = s.history().series(Series.W_ESTIMATE);
            if (s.spec().method().isWasserstein()) return Charts.series(words.format("pair.series.criticEstimate", label), it, est);
            return Charts.series(words.format("pair.series.jsEstimate", label), it, Charts.jsEstimate(s.history()));
        }
    }

    /** Each critic's Lipschitz constant on the plane, with the line at 1. */
    public static final class Lipschitz extends PairChart {
        public Lipschitz(Words words) {
            super(words, words.get("pair.chart.lipschitz"), Charts.linePlot(words.get("axis.generatorIteration"), "K"));
            colours((XYLineAndShapeRenderer) plot.getRenderer(), true);
        }

        @Override
        public String id() {
            return "pair-" + Views.LIPSCHITZ.id();
        }

        @Override
        protected void fill(Snapshot a, Snapshot b, String la, String lb) {
            XYSeriesCollection c = new XYSeriesCollection();
            double max = 0;
            for (int side = 0; side < 2; side++) {
                Snapshot s = side == 0 ? a : b;
                XYSeries k = new XYSeries((side == 0 ? la : lb) + " K", false, true);
                for (EvalResult e : s.evals()) {
                    if (!Double.isFinite(e.lipschitz())) continue;
                    k.add(e.iteration(), e.lipschitz(), false);
                    max = Math.max(max, e.lipschitz());
                }
                if (k.getItemCount() > 0) k.setKey(k.getKey() + " = " + num(k.getY(k.getItemCount() - 1).doubleValue()));
                c.addSeries(k);
            }
            plot.setDataset(c);
            plot.clearRangeMarkers();
            plot.addRangeMarker(new ValueMarker(1, new Color(0x555555), new BasicStroke(1.2f)));
            plot.getRangeAxis().setRange(0, Math.max(1.15, 1.05 * max));
            iterationAxis();
        }
    }

    /** ||grad C|| at the interpolates of each side's last critic batch, on shared bins. */
    public static final class GradNorms extends PairChart {
        public GradNorms(Words words) {
            super(words, words.get("pair.chart.gradNorms"), Charts.histogramPlot("‖∇ₓC(x)‖", words.get("axis.points")));
            histogramColours(plot.getRenderer());
        }

        @Override
        public String id() {
            return "pair-" + Views.GRAD_NORMS.id();
        }

        @Override
        protected void fill(Snapshot a, Snapshot b, String la, String lb) {
            double[] x = measured(a), y = measured(b);
            double max = 1.25;
            for (double v : x) max = Math.max(max, v);
            for (double v : y) max = Math.max(max, v);
            HistogramDataset d = new HistogramDataset();
            if (x.length > 0) d.addSeries(words.format("pair.series.median", la, num(median(x))), x, 40, 0, max * 1.02);
            if (y.length > 0) d.addSeries(words.format("pair.series.median", lb, num(median(y))), y, 40, 0, max * 1.02);
            plot.setDataset(d);
            plot.clearDomainMarkers();
            if (x.length + y.length > 0) plot.addDomainMarker(marker(1.0, "‖∇‖ = 1", Color.BLACK, false));
        }

        private static double[] measured(Snapshot s) {
            return s.criticSteps() == 0 ? new double[0] : Charts.toDouble(s.norms().atInterpolates());
        }
    }

    /** Every critic weight of each side, on shared bins, with ±c for a side that clips. */
    public static final class Weights extends PairChart {
        public Weights(Words words) {
            super(words, words.get("pair.chart.weights"), Charts.histogramPlot(words.get("axis.weightValue"), words.get("axis.weights")));
            histogramColours(plot.getRenderer());
        }

        @Override
        public String id() {
            return "pair-" + Views.WEIGHTS.id();
        }

        @Override
        protected void fill(Snapshot a, Snapshot b, String la, String lb) {
            double[] x = weights(a), y = weights(b);
            double lo = -1e-3, hi = 1e-3;
            for (double[] w : new double[][] {x, y}) for (double v : w) if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            plot.clearDomainMarkers();
            for (Snapshot s : new Snapshot[] {a, b}) {
                if (s.spec().method() != Method.CLIP) continue;
                double c = s.spec().clip();
                lo = Math.min(lo, -1.1 * c);
                hi = Math.max(hi, 1.1 * c);
                plot.addDomainMarker(marker(-c, null, Color.RED, true));
                plot.addDomainMarker(marker(c, null, Color.RED, true));
            }
            HistogramDataset d = new HistogramDataset();
            d.addSeries(words.format("pair.series.medianAbs", la, num(medianAbs(x))), x, 60, lo, hi);
            d.addSeries(words.format("pair.series.medianAbs", lb, num(medianAbs(y))), y, 60, lo, hi);
            plot.setDataset(d);
        }

        private static double[] weights(Snapshot s) {
            double[] w = Charts.criticWeights(s);
            for (int i = 0; i < w.length; i++) if (!Double.isFinite(w[i])) w[i] = 0;
            return w;
        }
    }

    private static void histogramColours(XYItemRenderer r) {
        XYBarRenderer bars = (XYBarRenderer) r;
        bars.setSeriesPaint(0, new Color(A.getRed(), A.getGreen(), A.getBlue(), 150));
        bars.setSeriesPaint(1, new Color(B.getRed(), B.getGreen(), B.getBlue(), 150));
    }

    static double median(double[] v) {
        if (v.length == 0) return Double.NaN;
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static double medianAbs(double[] v) {
        double[] a = new double[v.length];
        for (int i = 0; i < v.length; i++) a[i] = Math.abs(v[i]);
        return median(a);
    }

    static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3g", v) : "–";
    }
}
