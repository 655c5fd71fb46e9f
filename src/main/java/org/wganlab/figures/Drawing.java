package org.wganlab.figures;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** Anything drawn by one Graphics2D routine, on screen and into every export format. */
public interface Drawing {
    /** The title a PDF's metadata carries. */
    String title();

    void draw(Graphics2D g, Rectangle2D area);

    /** Draws d into a cell of a larger figure, clipped to the cell, with a small margin. */
    static void inCell(Graphics2D g, Drawing d, double x, double y, double w, double h) {
        Graphics2D c = (Graphics2D) g.create();
        try {
            c.clip(new Rectangle2D.Double(x, y, w, h));
            d.draw(c, new Rectangle2D.Double(x + 4, y + 4, w - 8, h - 8));
        } finally {
            c.dispose();
        }
    }
}
