package org.wganlab.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * Sample marks stamped from small pre-drawn images, for the on-screen plane in software
 * rendering: a thousand antialiased shapes filled and stroked one by one took the larger part
 * of a frame, while a thousand stamps are one blit each. Each mark is drawn once per look
 * (shape, colours, radius) exactly as {@link PlaneFigure}'s vector marks are, and placed at
 * the nearest pixel (half a pixel at most from where the vector mark would be). Exports keep
 * the vector marks.
 */
final class MarkSprites {
    /** One look of a mark: a diamond or a dot, its fill (null: the edge colour fills it, unstroked), edge and radius in pixels. */
    private record Look(boolean diamond, Color fill, Color edge, float radius) {
    }

    private record Sprite(BufferedImage image, int half) {
    }

    private final Map<Look, Sprite> sprites = new HashMap<>();

    /** Stamps a mark at each finite point, clipped to the plot. */
    void draw(Graphics2D g, Rectangle2D plot, PlaneGeometry geo, float[] xy, int rows, boolean diamond, Color fill, Color edge, float radius) {
        Sprite s = sprites.computeIfAbsent(new Look(diamond, fill, edge, radius), MarkSprites::render);
        Shape oldClip = g.getClip();
        g.clip(plot);
        for (int i = 0; i < rows; i++) {
            float x = xy[2 * i], y = xy[2 * i + 1];
            if (!Float.isFinite(x) || !Float.isFinite(y)) continue;
            double px = geo.px(x), py = geo.py(y);
            if (px < plot.getMinX() - s.half() || px > plot.getMaxX() + s.half() || py < plot.getMinY() - s.half() || py > plot.getMaxY() + s.half()) continue;
            g.drawImage(s.image(), (int) Math.floor(px) - s.half(), (int) Math.floor(py) - s.half(), null); // its middle pixel holds the point
        }
        g.setClip(oldClip);
    }

    private static Sprite render(Look l) {
        int half = (int) Math.ceil(l.radius() + 1.5);
        BufferedImage img = new BufferedImage(2 * half + 1, 2 * half + 1, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double c = half + 0.5; // the centre of the middle pixel
            Shape mark = l.diamond() ? PlaneFrame.diamond(c, c, l.radius()) : PlaneFrame.dot(c, c, l.radius());
            if (l.fill() != null) {
                g.setColor(l.fill());
                g.fill(mark);
                g.setStroke(new BasicStroke(0.6f));
                g.setColor(l.edge());
                g.draw(mark);
            } else {
                g.setColor(l.edge());
                g.fill(mark);
            }
        } finally {
            g.dispose();
        }
        return new Sprite(img, half);
    }
}
