package org.wganlab.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.Size2D;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.wganlab.i18n.Words;
import org.wganlab.train.Snapshot;

/**
 * A view drawn by JFreeChart: {@link #update} refills the datasets with notifications off and
 * fires one change at the end, so a chart redraws once per update, not once per point.
 */
public abstract class ChartFigure implements Figure {
    static {
        // Rotated labels (the y axes) as real text rather than glyph outlines: selectable and searchable in SVG.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    protected final JFreeChart chart;
    protected final XYPlot plot;
    /** The language of the chart's titles, axes and legends. */
    protected final Words words;
    private boolean presentation;

    protected ChartFigure(Words words, String title, XYPlot plot) {
        this.words = words;
        this.plot = plot;
        this.chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        style();
    }

    public JFreeChart chart() {
        return chart;
    }

    @Override
    public String title() {
        return chart.getTitle().getText();
    }

    private void style() {
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlinePaint(Color.GRAY);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
        }
        applyFonts();
    }

    @Override
    public void setPresentation(boolean on) {
        presentation = on;
        applyFonts();
    }

    protected float fontScale() {
        return presentation ? 1.5f : 1f;
    }

    private void applyFonts() {
        float s = fontScale();
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(14 * s)));
        Font label = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(12 * s));
        Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(10 * s));
        for (int i = 0; i < plot.getDomainAxisCount(); i++) fonts(plot.getDomainAxis(i), label, tick);
        for (int i = 0; i < plot.getRangeAxisCount(); i++) fonts(plot.getRangeAxis(i), label, tick);
        if (chart.getLegend() != null) chart.getLegend().setItemFont(label);
        // The last tick label is centred on the plot's right edge: room for its right half
        // ("60,000"), or the chart's own edge cuts it off.
        chart.setPadding(new RectangleInsets(2, 2, 2, Math.round(20 * s)));
        for (int i = 0; i < plot.getRendererCount(); i++) {
            XYItemRenderer r = plot.getRenderer(i);
            if (r == null) continue;
            for (int k = 0; k < 4; k++) r.setSeriesStroke(k, new BasicStroke(1.5f * s));
        }
    }

    private static void fonts(ValueAxis a, Font label, Font tick) {
        if (a == null) return;
        a.setLabelFont(label);
        a.setTickLabelFont(tick);
    }

    /** The snapshot shown, so a setter can fill the chart again from it. */
    private Snapshot shown;

    @Override
    public final void update(Snapshot s) {
        shown = s;
        chart.setNotify(false);
        try {
            fill(s);
        } finally {
            chart.setNotify(true);
        }
    }

    /** A setter changed what the chart shows: fill it again from the snapshot shown (JFreeChart then fires its change). */
    protected final void refresh() {
        if (shown != null) update(shown);
    }

    /** JFreeChart's own change events: every dataset, font or axis change fires one. */
    @Override
    public void addChangeListener(Runnable listener) {
        chart.addChangeListener(e -> {
            if (!drawing) listener.run();
        });
    }

    /** True while {@link #draw} sets a small chart's legend for one drawing and back: those are no changes. */
    private boolean drawing;

    /** Refills the datasets from the snapshot (notifications are off). */
    protected abstract void fill(Snapshot s);

    /**
     * The chart in this area. Three things a small chart (beside a lesson at 1280x720) cannot
     * hold are set for this drawing only, and no change is told for them:
     * <ul>
     * <li>a title wider than the chart: JFreeChart would wrap it where a line may break, which
     * in a formula left its closing ‖ alone on a second line; it is set smaller, to fit;
     * <li>a legend taller than a third of the chart (three curves' names, wrapped one a row):
     * JFreeChart would leave the plot no room and draw no curve at all; it is set smaller, and
     * left out if it still does not fit (the colours are those of the larger charts);
     * <li>a y axis label longer than the plot is high: rotated, it would run past the plot into
     * the title and the x axis; it is left out (the title names what is shown).
     * </ul>
     */
    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        TextTitle title = chart.getTitle();
        LegendTitle legend = chart.getLegend();
        boolean hasTitle = title != null && title.isVisible() && title.getText() != null;
        boolean hasLegend = legend != null && legend.isVisible();
        Font titleFont = title == null ? null : title.getFont();
        Font legendFont = legend == null ? null : legend.getItemFont();
        String[] labels = new String[plot.getRangeAxisCount()];
        for (int i = 0; i < labels.length; i++) labels[i] = plot.getRangeAxis(i) == null ? null : plot.getRangeAxis(i).getLabel();
        boolean titleSet = false, legendSet = false;
        boolean[] labelLeft = new boolean[labels.length];
        drawing = true;
        try {
            float titleScale = hasTitle ? titleScale(title, g, area) : 1;
            if (titleScale < 1) {
                title.setFont(titleFont.deriveFont(titleFont.getSize2D() * titleScale));
                titleSet = true;
            }
            if (hasLegend && !legendFits(legend, g, area)) {
                legendSet = true;
                legend.setItemFont(legendFont.deriveFont(legendFont.getSize2D() * 0.8f));
                if (!legendFits(legend, g, area)) legend.setVisible(false);
            }
            double room = plotHeight(g, area, hasTitle ? title : null, legend != null && legend.isVisible() ? legend : null);
            for (int i = 0; i < labels.length; i++) {
                ValueAxis a = plot.getRangeAxis(i);
                labelLeft[i] = labels[i] != null && g.getFontMetrics(a.getLabelFont()).stringWidth(labels[i]) > room;
                if (labelLeft[i]) a.setLabel(null);
            }
            chart.draw(g, area);
        } finally {
            if (titleSet) title.setFont(titleFont);
            if (legendSet) {
                legend.setItemFont(legendFont);
                legend.setVisible(hasLegend);
            }
            for (int i = 0; i < labels.length; i++) if (labelLeft[i]) plot.getRangeAxis(i).setLabel(labels[i]);
            drawing = false;
        }
    }

    /**
     * About how high the plot will be: the chart less its padding, its title and legend as
     * JFreeChart arranges them, and the x axis's tick labels and label.
     */
    private double plotHeight(Graphics2D g, Rectangle2D area, TextTitle title, LegendTitle legend) {
        RectangleConstraint width = new RectangleConstraint(new Range(0, area.getWidth()), new Range(0, Double.MAX_VALUE));
        double h = area.getHeight() - chart.getPadding().getTop() - chart.getPadding().getBottom();
        if (title != null) h -= title.arrange(g, width).getHeight();
        if (legend != null) h -= legend.arrange(g, width).getHeight();
        ValueAxis x = plot.getDomainAxis();
        if (x != null && x.isVisible()) {
            if (x.isTickLabelsVisible()) h -= g.getFontMetrics(x.getTickLabelFont()).getHeight() + x.getTickLabelInsets().getTop() + x.getTickLabelInsets().getBottom() + x.getTickMarkOutsideLength();
            if (x.getLabel() != null) h -= g.getFontMetrics(x.getLabelFont()).getHeight() + x.getLabelInsets().getTop() + x.getLabelInsets().getBottom();
        }
        return h - plot.getInsets().getTop() - plot.getInsets().getBottom();
    }

    /**
     * What the title's font is scaled by to fit the chart's width on one line: 1 where it fits,
     * never below 0.7 (a title that long wraps as before). JFreeChart's own arrangement decides,
     * so the scale allows for every inset it takes.
     */
    private float titleScale(TextTitle title, Graphics2D g, Rectangle2D area) {
        double room = area.getWidth() - chart.getPadding().getLeft() - chart.getPadding().getRight();
        Font font = title.getFont();
        double oneLine = title.arrange(g, RectangleConstraint.NONE).getHeight();
        float scale = 1;
        try {
            while (scale > 0.7f && title.arrange(g, new RectangleConstraint(new Range(0, room), new Range(0, Double.MAX_VALUE))).getHeight() > oneLine * 1.2) {
                scale -= 0.05f;
                title.setFont(font.deriveFont(font.getSize2D() * scale));
                oneLine = title.arrange(g, RectangleConstraint.NONE).getHeight();
            }
        } finally {
            title.setFont(font);
        }
        return scale;
    }

    private static boolean legendFits(LegendTitle legend, Graphics2D g, Rectangle2D area) {
        Size2D size = legend.arrange(g, new RectangleConstraint(new Range(0, area.getWidth()), new Range(0, Double.MAX_VALUE)));
        return size.getHeight() <= area.getHeight() / 3;
    }

    protected ValueMarker marker(double x, String label, Color color, boolean dashed) {
        return marker(x, label, color, dashed, false);
    }

    /** Puts a marker's label row lines below the top of the plot (row 0: at the top). */
    protected void labelRow(ValueMarker m, int row) {
        if (row > 0) m.setLabelOffset(new RectangleInsets(3 + row * 13 * fontScale(), 3, 3, 3));
    }

    /** A vertical line at x; with labelLeft its label sits left of the line (a line near the right edge). */
    protected ValueMarker marker(double x, String label, Color color, boolean dashed, boolean labelLeft) {
        ValueMarker m = new ValueMarker(x, color, dashed
                ? new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f)
                : new BasicStroke(1.2f));
        if (label != null) {
            m.setLabel(label);
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(10 * fontScale())));
            m.setLabelPaint(color.darker());
            m.setLabelAnchor(labelLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(labelLeft ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        }
        return m;
    }
}
