package org.wganlab.figures;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.wganlab.config.Method;
import org.wganlab.i18n.Words;
import org.wganlab.train.Snapshot;

/** ||dL_C/dh_l|| per hidden layer on a log scale (the paper's Figure 1(b) left). */
public final class LayerGradientsChart extends ChartFigure {
    public LayerGradientsChart() {
        this(Words.english());
    }

    public LayerGradientsChart(Words words) {
        super(words, words.get("chart.layerGrads"), logPlot(words));
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setSeriesPaint(0, Charts.BLUE);
        r.setSeriesShapesVisible(0, true);
    }

    /**
     * The log axis's floor; smaller norms (vanished gradients, and those below float32's range, which read 0)
     * are drawn on it, and the legend says so. Low enough for c = 0.001's twelve layers to show their fall.
     */
    static final double FLOOR = 1e-24;

    private static XYPlot logPlot(Words words) {
        NumberAxis xa = new NumberAxis(words.get("axis.hiddenLayer"));
        xa.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        LogAxis ya = new LogAxis(words.get("axis.layerGradNorm"));
        ya.setSmallestValue(FLOOR);
        // Ticks at whole powers of ten, labelled as a class writes them (10 with a raised exponent): a
        // narrow range's half decades read 3.16E-1 in a programmer's notation.
        ya.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        return new XYPlot(new XYSeriesCollection(), xa, ya, new XYLineAndShapeRenderer(true, true));
    }

    @Override
    public String id() {
        return Views.LAYER_GRADS.id();
    }

    private List<LayerProfile> kept = List.of();
    private boolean live = true;

    /** Draws these profiles alone, without the run's own curve: a finished figure (the paper's Figure 1(b) left). */
    public void showOnly(List<LayerProfile> profiles) {
        kept = List.copyOf(profiles);
        live = false;
    }

    /** Finished runs' profiles drawn beside the live one from the next update on (none: the live run alone). */
    public void setKept(List<LayerProfile> profiles) {
        kept = List.copyOf(profiles);
        refresh();
    }

    @Override
    protected void fill(Snapshot s) {
        String label = words.get("method." + s.spec().method().id + ".name") + (s.spec().method() == Method.CLIP ? ", c = " + s.spec().clip() : "");
        // Nothing is measured before the first critic step.
        double[] g = s.criticSteps() == 0 ? new double[0] : s.norms().perLayer();
        XYSeriesCollection c = new XYSeriesCollection();
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        int n = 0;
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        int layers = live ? g.length : 0;
        for (LayerProfile p : kept) {
            XYSeries ser = profile(p.label(), p.norms(), words);
            c.addSeries(ser);
            r.setSeriesPaint(n, KEPT[n % KEPT.length]);
            r.setSeriesShapesVisible(n, true);
            n++;
            layers = Math.max(layers, p.norms().length);
            if (ser.getItemCount() > 0) {
                lo = Math.min(lo, ser.getMinY());
                hi = Math.max(hi, ser.getMaxY());
            }
        }
        XYSeries ser = profile(kept.isEmpty() ? label : words.format("series.thisRun", label), g, words);
        if (live) {
            c.addSeries(ser);
            r.setSeriesPaint(n, Charts.BLUE);
            r.setSeriesShapesVisible(n, true);
        }
        if (live && ser.getItemCount() > 0) {
            lo = Math.min(lo, ser.getMinY());
            hi = Math.max(hi, ser.getMaxY());
        }
        // At least two decades from bottom to top, so the axis always labels two powers of ten.
        if (hi >= lo) {
            // A margin of a factor 1.6 each way keeps the top and bottom markers whole.
            double mid = Math.sqrt(lo * hi), half = Math.max(Math.sqrt(hi / lo) * 1.6, 10);
            plot.getRangeAxis().setRange(Math.max(FLOOR / 2, mid / half), mid * half);
        } else {
            plot.getRangeAxis().setAutoRange(true);
        }
        plot.setDataset(c);
        // Every layer from the first, however deep the network.
        plot.getDomainAxis().setRange(0.5, Math.max(1, layers) + 0.5);
        // Several curves: their legend inside the plot's empty lower right (the vanished gradients' side is the
        // left), so on a small chart the legend does not take the plot's room.
        plot.clearAnnotations();
        boolean inside = c.getSeriesCount() > 1;
        if (chart.getLegend() != null) chart.getLegend().setVisible(!inside);
        if (inside) {
            LegendTitle legend = new LegendTitle(plot);
            legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(9 * fontScale())));
            legend.setBackgroundPaint(new Color(255, 255, 255, 215));
            legend.setFrame(new BlockBorder(new Color(0xbbbbbb)));
            legend.setPosition(RectangleEdge.RIGHT);
            // Relative to the axes' ranges, interpolated linearly: on the log axis only 0 is its bottom, so (0.99, 0) is the lower right.
            XYTitleAnnotation a = new XYTitleAnnotation(0.99, 0, legend,
                    RectangleAnchor.BOTTOM_RIGHT);
            a.setMaxWidth(0.8);
            a.setMaxHeight(0.95);
            plot.addAnnotation(a);
        }
    }

    private static final Color[] KEPT = {Charts.ORANGE, Charts.GREEN, new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b)};

    private static XYSeries profile(String label, double[] g, Words words) {
        XYSeries ser = new XYSeries(label, false, true);
        boolean floored = false;
        for (int i = 0; i < g.length; i++) {
            if (!Double.isFinite(g[i])) continue;
            floored |= g[i] < FLOOR;
            ser.add(i + 1, Math.max(g[i], FLOOR), false);
        }
        if (floored) ser.setKey(words.format("series.floored", label));
        return ser;
    }
}
