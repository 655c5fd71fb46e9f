package org.wganlab.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.Comparator;
import org.wganlab.metrics.TransportPlan;

/**
 * The Earth Mover's distance as a picture: a line from each generated point to the real point
 * the optimal coupling sends it to, shaded and thickened by length, the longest on top. At most
 * {@link #MAX_LINES} of them, spread evenly over the plan, so the picture stays legible.
 */
final class TransportLines {
    static final int MAX_LINES = 300;
    private static final Color SHORT = new Color(120, 120, 120, 110), LONG = new Color(150, 0, 40, 230);

    private TransportLines() {
    }

    /** The pairs drawn: every k-th of the plan, ordered shortest first so the longest are drawn last. */
    static Integer[] chosen(TransportPlan p) {
        int n = p.size(), step = Math.max(1, (n + MAX_LINES - 1) / MAX_LINES);
        Integer[] idx = new Integer[(n + step - 1) / step];
        for (int k = 0; k < idx.length; k++) idx[k] = k * step;
        Arrays.sort(idx, Comparator.comparingDouble(i -> p.distance()[i]));
        return idx;
    }

    static void draw(Graphics2D g, PlaneGeometry geo, TransportPlan p, float scale) {
        if (p == null || p.size() == 0) return;
        Integer[] idx = chosen(p);
        double longest = Math.max(1e-12, p.distance()[idx[idx.length - 1]]);
        float[] gen = p.generated().data, real = p.real().data;
        Shape oldClip = g.getClip();
        Rectangle2D plot = geo.plot();
        g.clip(plot);
        for (int i : idx) {
            int j = p.target()[i];
            double t = p.distance()[i] / longest;
            g.setColor(blend(SHORT, LONG, t));
            g.setStroke(new BasicStroke((float) (0.6 + 1.4 * t) * scale));
            g.draw(new Line2D.Double(geo.px(gen[2 * i]), geo.py(gen[2 * i + 1]), geo.px(real[2 * j]), geo.py(real[2 * j + 1])));
        }
        g.setClip(oldClip);
    }

    private static Color blend(Color a, Color b, double t) {
        t = Math.max(0, Math.min(1, t));
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())), (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())), (int) Math.round(a.getAlpha() + t * (b.getAlpha() - a.getAlpha())));
    }
}
