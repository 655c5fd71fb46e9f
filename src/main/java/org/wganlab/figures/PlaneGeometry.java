package org.wganlab.figures;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Where the plane's square of data coordinates [-RANGE, RANGE]^2 sits in a drawing area, and
 * the mapping between the two: the drawing uses it, and so does the mixture editor to find what
 * a mouse position points at, computed from the same area, not remembered from the last draw.
 */
public record PlaneGeometry(Rectangle2D plot, double range) {
    /** The plot square inside an area, leaving room for the title, ticks and colour bar (scaled for presentation). */
    public static PlaneGeometry of(Rectangle2D area, float scale, double range) {
        double left = 40 * scale, right = 78 * scale, top = 30 * scale, bottom = 26 * scale;
        double side = Math.max(10, Math.min(area.getWidth() - left - right, area.getHeight() - top - bottom));
        double x0 = area.getX() + left + Math.max(0, (area.getWidth() - left - right - side) / 2);
        return new PlaneGeometry(new Rectangle2D.Double(x0, area.getY() + top, side, side), range);
    }

    public double px(double x) {
        return plot.getX() + (x + range) / (2 * range) * plot.getWidth();
    }

    public double py(double y) {
        return plot.getY() + (range - y) / (2 * range) * plot.getHeight();
    }

    public Point2D toData(double px, double py) {
        return new Point2D.Double(-range + (px - plot.getX()) / plot.getWidth() * 2 * range, range - (py - plot.getY()) / plot.getHeight() * 2 * range);
    }

    public double pixelsPerUnit() {
        return plot.getWidth() / (2 * range);
    }

    public boolean contains(double px, double py) {
        return plot.contains(px, py);
    }
}
