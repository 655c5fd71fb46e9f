package org.wganlab.figures;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.wganlab.notation.MathLine;
import org.wganlab.notation.MathText;

/**
 * Figures in a grid of rows and columns under a title, each row labelled on its left and a
 * caption below: a paper's multi-panel figure (Figure 1(a): clipping above, the penalty below).
 */
public final class PanelGrid implements Drawing {
    private static final double TITLE_H = 30, CAPTION_H = 24, LABEL_W = 26;
    private final String title;
    private final List<String> rowLabels;
    private final List<? extends Drawing> cells;
    private final int cols;
    private final MathText caption;

    /** @param cells row by row; rows = rowLabels.size() */
    public PanelGrid(String title, List<String> rowLabels, int cols, List<? extends Drawing> cells, MathText caption) {
        if (cells.size() != rowLabels.size() * cols) throw new IllegalArgumentException(cells.size() + " cells for " + rowLabels.size() + " x " + cols);
        this.title = title;
        this.rowLabels = List.copyOf(rowLabels);
        this.cols = cols;
        this.cells = List.copyOf(cells);
        this.caption = caption;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setColor(Color.WHITE);
        g.fill(area);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, (float) (area.getX() + LABEL_W), (float) (area.getY() + 21));
        int rows = rowLabels.size();
        double w = (area.getWidth() - LABEL_W) / cols, h = (area.getHeight() - TITLE_H - CAPTION_H) / rows;
        for (int r = 0; r < rows; r++) {
            double y = area.getY() + TITLE_H + r * h;
            Graphics2D label = (Graphics2D) g.create();
            label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            label.setColor(Color.DARK_GRAY);
            label.translate(area.getX() + 18, y + h / 2 + label.getFontMetrics().stringWidth(rowLabels.get(r)) / 2.0);
            label.rotate(-Math.PI / 2);
            label.drawString(rowLabels.get(r), 0, 0);
            label.dispose();
            for (int c = 0; c < cols; c++) Drawing.inCell(g, cells.get(r * cols + c), area.getX() + LABEL_W + c * w, y, w, h);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(Color.DARK_GRAY);
        MathLine.draw(g, caption, area.getX() + LABEL_W, area.getMaxY() - 8, area.getWidth() - LABEL_W - 8);
    }
}
