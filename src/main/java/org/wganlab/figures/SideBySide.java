package org.wganlab.figures;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.wganlab.i18n.Words;
import org.wganlab.notation.MathLine;
import org.wganlab.notation.MathText;
import org.wganlab.train.Snapshot;

/**
 * Two runs in one captioned figure: side A's plane and side B's, each with its own colour
 * scale (a critic's values have no common unit across methods: clipping's span about 1e-3,
 * the penalty's about 1; each bar is labelled), and below them their curves on shared axes.
 */
public final class SideBySide implements Drawing {
    private final PlaneFigure planeA, planeB;
    private final List<PairCharts.PairChart> charts;
    private final Words words;
    private MathText caption = MathText.words("");

    public SideBySide(Words words) {
        this.words = words;
        planeA = new PlaneFigure(words);
        planeB = new PlaneFigure(words);
        charts = List.of(new PairCharts.Wasserstein(words), new PairCharts.Lipschitz(words), new PairCharts.GradNorms(words), new PairCharts.Weights(words));
    }

    /** Both sides and the caption line. */
    public void show(Snapshot a, Snapshot b, String labelA, String labelB, MathText caption) {
        planeA.setHeadingPrefix(labelA + " · ");
        planeB.setHeadingPrefix(labelB + " · ");
        planeA.update(a);
        planeB.update(b);
        for (PairCharts.PairChart c : charts) c.show(a, b, labelA, labelB);
        this.caption = caption;
    }

    public void setGrids(CriticGrid a, CriticGrid b) {
        planeA.setGrid(a);
        planeB.setGrid(b);
    }

    public List<PairCharts.PairChart> charts() {
        return charts;
    }

    @Override
    public String title() {
        return words.get("sideBySide.title");
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setColor(Color.WHITE);
        g.fill(area);
        double capH = 26, top = (area.getHeight() - capH) * 0.58, bottom = area.getHeight() - capH - top;
        double half = area.getWidth() / 2, quarter = area.getWidth() / 4;
        Drawing.inCell(g, planeA, area.getX(), area.getY(), half, top);
        Drawing.inCell(g, planeB, area.getX() + half, area.getY(), half, top);
        for (int i = 0; i < charts.size(); i++) Drawing.inCell(g, charts.get(i), area.getX() + i * quarter, area.getY() + top, quarter, bottom);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(Color.DARK_GRAY);
        MathLine.draw(g, caption, area.getX() + 10, area.getMaxY() - capH / 3, area.getWidth() - 20);
    }
}
