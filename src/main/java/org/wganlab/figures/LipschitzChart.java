package org.wganlab.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.wganlab.i18n.Words;
import org.wganlab.train.EvalResult;
import org.wganlab.train.Snapshot;

/**
 * The critic's Lipschitz constant over training, estimated on the plane at each evaluation
 * (the largest ||grad C|| on a grid), with the line at 1 that the Kantorovich-Rubinstein
 * duality asks for: the penalty holds it near 1, clipping far below, no constraint lets it grow.
 */
public final class LipschitzChart extends ChartFigure {
    public LipschitzChart() {
        this(Words.english());
    }

    public LipschitzChart(Words words) {
        super(words, words.get("chart.lipschitz.critic"), Charts.linePlot(words.get("axis.generatorIteration"), "K"));
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plot.getRenderer();
        r.setSeriesPaint(0, Charts.BLUE);
        r.setSeriesShapesVisible(0, true);
    }

    @Override
    public String id() {
        return Views.LIPSCHITZ.id();
    }

    @Override
    protected void fill(Snapshot s) {
        boolean critic = s.spec().method().isWasserstein();
        chart.setTitle(words.get(critic ? "chart.lipschitz.critic" : "chart.lipschitz.discriminator"));
        XYSeries k = new XYSeries(words.get(critic ? "series.lipschitz.critic" : "series.lipschitz.discriminator"), false, true);
        double max = 0;
        for (EvalResult e : s.evals()) {
            if (!Double.isFinite(e.lipschitz())) continue;
            k.add(e.iteration(), e.lipschitz(), false);
            max = Math.max(max, e.lipschitz());
        }
        XYSeriesCollection c = new XYSeriesCollection();
        c.addSeries(k);
        plot.setDataset(c);
        plot.clearRangeMarkers();
        ValueMarker one = new ValueMarker(1, new Color(0x555555), new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f));
        one.setLabel("K = 1");
        one.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(10 * fontScale())));
        // Below the line's right end: at its left the label sat under the axis (reading "= 1") and,
        // under clipping, where the line runs along the top, beneath the switches' labels.
        one.setLabelAnchor(RectangleAnchor.RIGHT);
        one.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addRangeMarker(one);
        // From 0, and always up to the line at 1: clipping's K far below it is the point.
        plot.getRangeAxis().setRange(0, Math.max(1.15, 1.05 * max));
        // Over the run so far, however few evaluations there are (one point alone would span nothing).
        plot.getDomainAxis().setRange(0, 1.03 * Math.max(1, s.iteration()));
        Charts.markEvents(this, s.events(), s.iteration());
    }
}
