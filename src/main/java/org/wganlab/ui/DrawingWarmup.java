package org.wganlab.ui;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;
import org.wganlab.figures.Figure;
import org.wganlab.figures.PlaneFigure;
import org.wganlab.figures.Views;
import org.wganlab.nn.MlpEvaluator;
import org.wganlab.train.Snapshot;

/**
 * Draws the warm-up run's snapshots into images nobody sees, with figures of its own, the way
 * the window's panes will draw the real run: the heatmap grid, the plane and every chart. The
 * JIT then has the drawing code (Java2D's rasteriser, JFreeChart, the figures) compiled before
 * Play, instead of running it interpreted in the first seconds of a lecture's run. Nothing of
 * the window is touched: the window's figures belong to the FX thread.
 */
final class DrawingWarmup implements Consumer<Snapshot> {
    /** About a pane's size at the default window: what is drawn matters, not how large. */
    private static final int PLANE_SIDE = 560, CHART_W = 340, CHART_H = 230;

    private final PlaneFigure plane;
    private final List<Figure> figures;
    private final MlpEvaluator evaluator = new MlpEvaluator();
    private final BufferedImage planeImage = new BufferedImage(PLANE_SIDE, PLANE_SIDE, BufferedImage.TYPE_INT_ARGB_PRE);
    private final BufferedImage chartImage = new BufferedImage(CHART_W, CHART_H, BufferedImage.TYPE_INT_ARGB_PRE);

    /** @param viaImage as the window's plane draws (software rendering keeps the scaled heatmap and stamps the marks) */
    DrawingWarmup(boolean viaImage) {
        plane = new PlaneFigure(viaImage);
        figures = Views.figures(plane);
    }

    /** The last plane drawn (for tests). */
    BufferedImage planeImage() {
        return planeImage;
    }

    @Override
    public void accept(Snapshot s) {
        try {
            plane.setGrid(HeatmapWorker.gridFor(s, true, evaluator));
            for (Figure f : figures) {
                f.update(s);
                BufferedImage into = f == plane ? planeImage : chartImage;
                Graphics2D g = into.createGraphics();
                try {
                    f.draw(g, new Rectangle2D.Double(0, 0, into.getWidth(), into.getHeight()));
                } finally {
                    g.dispose();
                }
            }
        } catch (RuntimeException e) {
            // A throwaway drawing: whatever went wrong here, the window draws its own.
        }
    }
}
