package org.wganlab.figures;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wganlab.i18n.Words;

/** What frames the plane's data square: ticks, the colour bar of C(x), the legend of marks, and the mark shapes they share. */
final class PlaneFrame {
    private PlaneFrame() {
    }

    private static final double[] OCT_COS = new double[8], OCT_SIN = new double[8];

    static {
        for (int k = 0; k < 8; k++) {
            OCT_COS[k] = Math.cos(Math.PI / 8 + k * Math.PI / 4);
            OCT_SIN[k] = Math.sin(Math.PI / 8 + k * Math.PI / 4);
        }
    }

    /** A sample dot: an octagon, indistinguishable from a circle at mark size and half its path data. */
    static Path2D.Double dot(double x, double y, double r) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(x + r * OCT_COS[0], y + r * OCT_SIN[0]);
        for (int k = 1; k < 8; k++) d.lineTo(x + r * OCT_COS[k], y + r * OCT_SIN[k]);
        d.closePath();
        return d;
    }

    static Path2D.Double diamond(double x, double y, double r) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(x, y - r);
        d.lineTo(x + r, y);
        d.lineTo(x, y + r);
        d.lineTo(x - r, y);
        d.closePath();
        return d;
    }

    static void ticks(Graphics2D g, PlaneGeometry geo, Font f, double range) {
        Rectangle2D plot = geo.plot();
        g.setFont(f);
        g.setColor(Color.DARK_GRAY);
        FontMetrics fm = g.getFontMetrics();
        for (int v = (int) -Math.floor(range); v <= (int) Math.floor(range); v++) {
            String t = Integer.toString(v);
            double x = geo.px(v), y = geo.py(v);
            g.draw(new Line2D.Double(x, plot.getMaxY(), x, plot.getMaxY() + 4));
            g.drawString(t, (float) (x - fm.stringWidth(t) / 2.0), (float) (plot.getMaxY() + 4 + fm.getAscent()));
            g.draw(new Line2D.Double(plot.getX() - 4, y, plot.getX(), y));
            g.drawString(t, (float) (plot.getX() - 7 - fm.stringWidth(t)), (float) (y + fm.getAscent() / 2.5));
        }
    }

    /** True when the critic's values over the plane differ by less than a part in 10^5: a constant to the eye and to three digits. */
    static boolean isFlat(CriticGrid grid) {
        double span = grid.max() - grid.min(), scale = Math.max(Math.abs(grid.max()), Math.abs(grid.min()));
        return !(span > 1e-5 * scale) || !(span > 0);
    }

    static void colorBar(Graphics2D g, Rectangle2D plot, Font f, float s, Words words, CriticGrid grid, String label) {
        double bx = plot.getMaxX() + 12 * s, bw = 14 * s, by = plot.getY() + 22 * s, bh = plot.getHeight() - 22 * s;
        int steps = 64;
        for (int i = 0; i < steps; i++) {
            g.setColor(ColorScale.color(1 - (i + 0.5) / steps));
            g.fill(new Rectangle2D.Double(bx, by + bh * i / steps, bw, bh / steps + 0.6));
        }
        g.setColor(Color.GRAY);
        g.draw(new Rectangle2D.Double(bx, by, bw, bh));
        g.setFont(f);
        g.setColor(Color.DARK_GRAY);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(label, (float) bx, (float) (by - 6 * s));
        if (grid != null) {
            if (isFlat(grid)) {
                // Both ends would read the same number: say what that means instead.
                g.drawString(words.get("plane.flat"), (float) (bx + bw + 3), (float) (by + bh / 2 - fm.getHeight() / 2.0));
                g.drawString(String.format(Locale.ROOT, "%.3g", grid.max()), (float) (bx + bw + 3), (float) (by + bh / 2 + fm.getAscent() / 2.0 + 2));
            } else {
                g.drawString(String.format(Locale.ROOT, "%.3g", grid.max()), (float) (bx + bw + 3), (float) (by + fm.getAscent()));
                g.drawString(String.format(Locale.ROOT, "%.3g", grid.min()), (float) (bx + bw + 3), (float) (by + bh));
            }
        }
    }

    /** How the legend shows an overlay: as the plane draws it. */
    private enum Symbol { LINE, DOT, SHADE }

    private record Entry(String label, Symbol symbol) {
    }

    /** The legend of what is drawn: real and generated marks, and a row for each overlay that is on, with its mark. */
    static void legend(Graphics2D g, Rectangle2D plot, Font f, float s, PlaneOptions o, Words words) {
        List<Entry> extra = new ArrayList<>();
        if (o.interpolates()) extra.add(new Entry(words.get("plane.legend.interpolates"), Symbol.DOT));
        if (o.arrows()) extra.add(new Entry(words.get("plane.legend.arrows"), Symbol.LINE));
        if (o.warp()) extra.add(new Entry(words.get("plane.legend.warp"), Symbol.LINE));
        if (o.gradMap()) extra.add(new Entry(words.get("plane.legend.gradMap"), Symbol.SHADE));
        if (o.transport()) extra.add(new Entry(words.get("plane.legend.transport"), Symbol.LINE));
        String real = words.get("plane.legend.real"), generated = words.get("plane.legend.generated");
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        double x = plot.getX() + 8 * s, y = plot.getY() + 8 * s, lh = fm.getHeight();
        double textW = Math.max(fm.stringWidth(real), fm.stringWidth(generated));
        for (Entry e : extra) textW = Math.max(textW, fm.stringWidth(e.label()));
        double w = textW + 28 * s, h = (2 + extra.size()) * lh + 8 * s;
        g.setColor(new Color(255, 255, 255, 215));
        g.fill(new Rectangle2D.Double(x, y, w, h));
        double r = 3.2 * s;
        double cy1 = y + 4 * s + lh / 2.0, cy2 = cy1 + lh;
        g.setColor(PlaneFigure.REAL);
        g.fill(new Ellipse2D.Double(x + 6 * s, cy1 - r, 2 * r, 2 * r));
        g.setColor(PlaneFigure.FAKE);
        g.fill(diamond(x + 6 * s + r, cy2, r * 1.2));
        g.setColor(Color.DARK_GRAY);
        g.drawString(real, (float) (x + 16 * s), (float) (cy1 + fm.getAscent() / 2.5));
        g.drawString(generated, (float) (x + 16 * s), (float) (cy2 + fm.getAscent() / 2.5));
        for (int k = 0; k < extra.size(); k++) {
            double cy = cy2 + (k + 1) * lh;
            switch (extra.get(k).symbol()) {
                case LINE -> {
                    g.setColor(new Color(90, 90, 90));
                    g.draw(new Line2D.Double(x + 4 * s, cy, x + 12 * s, cy));
                }
                case DOT -> {
                    // The interpolates' own mark: a small grey dot.
                    double d = 1.6 * s;
                    g.setColor(new Color(90, 90, 90));
                    g.fill(new Ellipse2D.Double(x + 8 * s - d, cy - d, 2 * d, 2 * d));
                }
                case SHADE -> {
                    // The shading laid where ||grad C|| > 1.
                    g.setColor(new Color(0x20, 0x20, 0x20, 0x70));
                    g.fill(new Rectangle2D.Double(x + 4 * s, cy - 4 * s, 8 * s, 8 * s));
                }
            }
            g.setColor(Color.DARK_GRAY);
            g.drawString(extra.get(k).label(), (float) (x + 16 * s), (float) (cy + fm.getAscent() / 2.5));
        }
    }
}
