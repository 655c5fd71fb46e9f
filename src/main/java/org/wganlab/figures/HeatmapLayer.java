package org.wganlab.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Objects;

/**
 * The plane's bottom layer: the critic's value surface as colour, where ||grad C|| exceeds 1
 * shaded over it, and its contour lines. Whatever it derives from a grid (the images, the
 * contour paths, on screen the picture at the plot's size) is kept until the grid, the overlays
 * or the size change, so a frame that shows the same grid draws one image.
 */
final class HeatmapLayer {
    private static final int CONTOUR_LEVELS = 12;
    private static final float CONTOUR_WIDTH = 0.8f;
    private static final Color CONTOUR_COLOR = new Color(30, 30, 30, 90);

    /**
     * On screen: keep the heatmap scaled to the plot, redone only when the grid or the size
     * changes (the grid changes at most 15 times a second, frames up to 60). Exports leave it
     * off and embed the small image, which keeps vector files light.
     */
    private final boolean cacheScaled;
    private BufferedImage heatImage;
    private BufferedImage gradImage;
    private CriticGrid imageFor;
    private BufferedImage scaledHeat;
    private CriticGrid scaledFor;
    private boolean scaledGradMap;
    /** The contour lines the cached heatmap was drawn with (null: none); their width follows presentation mode. */
    private HeatmapRaster.Lines scaledLines;
    private Path2D.Float[] contourPaths;
    private CriticGrid contoursFor;
    /** Time spent scaling grids to the plot (and drawing their contours) since {@link #takeScalingNanos}. */
    private long scalingNanos;

    HeatmapLayer(boolean cacheScaled) {
        this.cacheScaled = cacheScaled;
    }

    /** The time spent scaling new grids to the plot on screen since the last call. */
    long takeScalingNanos() {
        long t = scalingNanos;
        scalingNanos = 0;
        return t;
    }

    /** The surface of grid in plot, with the shading and contours asked for; s scales the lines (presentation mode). */
    void draw(Graphics2D g, Rectangle2D plot, CriticGrid grid, boolean gradMap, boolean contours, float s) {
        images(grid);
        int px0 = (int) Math.round(plot.getX()), py0 = (int) Math.round(plot.getY());
        int pw = (int) Math.round(plot.getWidth()), ph = (int) Math.round(plot.getHeight());
        if (cacheScaled) {
            drawScaled(g, grid, px0, py0, Math.max(1, pw), Math.max(1, ph), gradMap, contours ? contourLines(s) : null);
            return;
        }
        // The grid's samples sit on the plot's edges; stretch the image so pixel centres land on them.
        Object old = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(heatImage, px0, py0, pw, ph, null);
        if (gradMap) g.drawImage(gradImage, px0, py0, pw, ph, null);
        if (old != null) g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
        if (contours) drawContours(g, plot, grid, s);
    }

    private void images(CriticGrid grid) {
        if (imageFor == grid) return;
        int res = grid.res();
        // On screen the heatmap is rastered from the values themselves (drawScaled).
        heatImage = cacheScaled ? null : new BufferedImage(res, res, BufferedImage.TYPE_INT_RGB);
        gradImage = new BufferedImage(res, res, BufferedImage.TYPE_INT_ARGB);
        float min = grid.min(), span = Math.max(grid.max() - min, 1e-12f);
        boolean flat = PlaneFrame.isFlat(grid);
        for (int r = 0; r < res; r++) {
            for (int c = 0; c < res; c++) {
                float v = grid.values()[r * res + c];
                if (heatImage != null) heatImage.setRGB(c, r, ColorScale.rgb(flat ? 0.5 : (v - min) / span));
                gradImage.setRGB(c, r, grid.gradNorm()[r * res + c] > 1f ? 0x70202020 : 0);
            }
        }
        imageFor = grid;
    }

    /** On screen: the heatmap kept at the plot's size, redone only when the grid, the overlays or the size change. */
    private void drawScaled(Graphics2D g, CriticGrid grid, int px0, int py0, int pw, int ph, boolean gradMap, HeatmapRaster.Lines lines) {
        boolean sized = scaledHeat != null && scaledHeat.getWidth() == pw && scaledHeat.getHeight() == ph;
        if (!sized || scaledFor != grid || scaledGradMap != gradMap || !Objects.equals(scaledLines, lines)) {
            long t0 = System.nanoTime();
            if (!sized) scaledHeat = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
            // Heatmap and contour lines in one pass over the pixels: Java2D's scaling and stroking
            // cost several times more, at every new grid (the lines change only with the grid).
            int[] px = ((DataBufferInt) scaledHeat.getRaster().getDataBuffer()).getData();
            HeatmapRaster.render(grid, px, pw, ph, lines);
            if (gradMap) {
                Graphics2D sg = scaledHeat.createGraphics();
                sg.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                sg.drawImage(gradImage, 0, 0, pw, ph, null);
                sg.dispose();
            }
            scaledLines = lines;
            scaledFor = grid;
            scaledGradMap = gradMap;
            scalingNanos += System.nanoTime() - t0;
        }
        g.drawImage(scaledHeat, px0, py0, null);
    }

    /** The contour lines as {@link #drawContours} strokes them, for the on-screen raster. */
    private static HeatmapRaster.Lines contourLines(float s) {
        return new HeatmapRaster.Lines(CONTOUR_LEVELS, CONTOUR_WIDTH * s, CONTOUR_COLOR.getRGB() & 0xffffff, CONTOUR_COLOR.getAlpha());
    }

    /** The contour lines as vector strokes, for the exports. */
    private void drawContours(Graphics2D g, Rectangle2D plot, CriticGrid grid, float s) {
        int res = grid.res();
        AffineTransform toPlot = new AffineTransform();
        toPlot.translate(plot.getX(), plot.getY());
        toPlot.scale(plot.getWidth() / (res - 1), plot.getHeight() / (res - 1));
        g.setStroke(new BasicStroke(CONTOUR_WIDTH * s));
        g.setColor(CONTOUR_COLOR);
        if (contoursFor != grid) {
            // Once per grid, not once per frame.
            float min = grid.min(), max = grid.max();
            contourPaths = new Path2D.Float[CONTOUR_LEVELS - 1];
            for (int k = 1; k < CONTOUR_LEVELS; k++) contourPaths[k - 1] = Contours.of(grid.values(), res, min + (max - min) * k / CONTOUR_LEVELS);
            contoursFor = grid;
        }
        for (Path2D.Float p : contourPaths) g.draw(toPlot.createTransformedShape(p));
    }
}
