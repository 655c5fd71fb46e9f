package org.wganlab.figures;

import java.awt.geom.Path2D;

/** Iso-lines of a grid by marching squares, as one path in grid coordinates (x = column, y = row). */
public final class Contours {
    private Contours() {
    }

    public static Path2D.Float of(float[] v, int res, double level) {
        Path2D.Float p = new Path2D.Float();
        for (int r = 0; r + 1 < res; r++) {
            for (int c = 0; c + 1 < res; c++) {
                double a = v[r * res + c], b = v[r * res + c + 1], d = v[(r + 1) * res + c], e = v[(r + 1) * res + c + 1];
                int idx = (a > level ? 8 : 0) | (b > level ? 4 : 0) | (e > level ? 2 : 0) | (d > level ? 1 : 0);
                if (idx == 0 || idx == 15) continue;
                // Crossing points on the four edges: top (a-b), right (b-e), bottom (d-e), left (a-d).
                double tx = c + frac(a, b, level), ty = r;
                double rx = c + 1, ry = r + frac(b, e, level);
                double bx = c + frac(d, e, level), by = r + 1;
                double lx = c, ly = r + frac(a, d, level);
                switch (idx) {
                    case 1, 14 -> seg(p, lx, ly, bx, by);
                    case 2, 13 -> seg(p, bx, by, rx, ry);
                    case 3, 12 -> seg(p, lx, ly, rx, ry);
                    case 4, 11 -> seg(p, tx, ty, rx, ry);
                    case 6, 9 -> seg(p, tx, ty, bx, by);
                    case 7, 8 -> seg(p, lx, ly, tx, ty);
                    case 5 -> {
                        seg(p, lx, ly, tx, ty);
                        seg(p, bx, by, rx, ry);
                    }
                    case 10 -> {
                        seg(p, tx, ty, rx, ry);
                        seg(p, lx, ly, bx, by);
                    }
                    default -> { }
                }
            }
        }
        return p;
    }

    private static double frac(double a, double b, double level) {
        double d = b - a;
        return d == 0 ? 0.5 : (level - a) / d;
    }

    private static void seg(Path2D.Float p, double x0, double y0, double x1, double y1) {
        p.moveTo(x0, y0);
        p.lineTo(x1, y1);
    }
}
