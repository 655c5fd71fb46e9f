package org.wganlab.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class HeatmapRasterTest {
    private static final HeatmapRaster.Lines LINES = new HeatmapRaster.Lines(12, 0.8f, 0x1e1e1e, 90);

    /** A grid over res x res samples with values f(column, row). */
    private static CriticGrid grid(int res, BiFunction<Integer, Integer, Double> f) {
        float[] v = new float[res * res];
        float min = Float.MAX_VALUE, max = -Float.MAX_VALUE;
        for (int r = 0; r < res; r++) {
            for (int c = 0; c < res; c++) {
                v[r * res + c] = (float) (double) f.apply(c, r);
                min = Math.min(min, v[r * res + c]);
                max = Math.max(max, v[r * res + c]);
            }
        }
        return new CriticGrid(res, -3, 3, v, min, max, new float[res * res], null);
    }

    private static int[] render(CriticGrid g, int w, int h, HeatmapRaster.Lines lines) {
        int[] out = new int[w * h];
        HeatmapRaster.render(g, out, w, h, lines);
        return out;
    }

    private static int darkness(int rgb) {
        return 3 * 255 - ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff));
    }

    @Test
    void eachPixelTakesTheColourOfTheValueInterpolatedAtItsCentre() {
        int res = 9, w = 101, h = 37;
        // A ramp across: the value at a pixel's centre is its grid column u = (x + 0.5)(res - 1) / w.
        int[] out = render(grid(res, (c, r) -> (double) c), w, h, null);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double u = (x + 0.5) * (res - 1) / w;
                assertEquals(ColorScale.rgb(u / (res - 1)), out[y * w + x], "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void interpolatesDownTheGridAsWellAsAcross() {
        int res = 5, w = 40, h = 80;
        int[] out = render(grid(res, (c, r) -> (double) r * r), w, h, null);
        for (int y = 0; y < h; y++) {
            double wv = (y + 0.5) * (res - 1) / h;
            int r = Math.min(res - 2, (int) wv);
            double value = r * r + (wv - r) * ((r + 1) * (r + 1) - r * r);
            assertEquals(ColorScale.rgb(value / ((res - 1) * (res - 1))), out[y * w + 7], "row " + y);
        }
    }

    @Test
    void linesLieAtTheContourLevelsAndNowhereElse() {
        int res = 13, w = 240, h = 10;
        CriticGrid g = grid(res, (c, r) -> (double) c);
        int[] plain = render(g, w, h, null), lined = render(g, w, h, LINES);
        // Value c at grid column c; the levels k (res - 1) / 12 = k lie at pixel x + 0.5 = k w / 12.
        for (int x = 0; x < w; x++) {
            double nearest = Double.MAX_VALUE;
            for (int k = 1; k < 12; k++) nearest = Math.min(nearest, Math.abs(x + 0.5 - k * w / 12.0));
            int gain = darkness(lined[3 * w + x]) - darkness(plain[3 * w + x]);
            if (nearest >= 1) assertEquals(0, gain, "no line near pixel " + x);
            if (nearest < 0.2) assertTrue(gain > 20, "the line through pixel " + x + " darkens it, by " + gain);
        }
        assertEquals(0, darkness(lined[3 * w + 2]) - darkness(plain[3 * w + 2]), "no line at the lowest value: level 0 is not drawn");
    }

    @Test
    void aWiderLineDarkensMore() {
        CriticGrid g = grid(13, (c, r) -> (double) c);
        int x = 19; // centre 19.5 = the first level at w / 12
        int thin = render(g, 240, 4, LINES)[x], wide = render(g, 240, 4, new HeatmapRaster.Lines(12, 1.6f, 0x1e1e1e, 90))[x];
        assertTrue(darkness(wide) > darkness(thin), "width 1.6 darkens the pixel more than 0.8");
    }

    @Test
    void everyContourSegmentOfTheExportsIsDrawnOnScreenToo() {
        int res = 33, w = 300, h = 260;
        CriticGrid g = grid(res, (c, r) -> Math.sin(c * 0.21) * Math.cos(r * 0.17) + 0.02 * c);
        int[] plain = render(g, w, h, null), lined = render(g, w, h, LINES);
        int checked = 0;
        for (int k = 1; k < 12; k++) {
            Path2D.Float p = Contours.of(g.values(), res, g.min() + (g.max() - g.min()) * k / 12);
            float[] seg = new float[6];
            float x0 = 0, y0 = 0;
            for (PathIterator it = p.getPathIterator(null); !it.isDone(); it.next()) {
                int type = it.currentSegment(seg);
                if (type == PathIterator.SEG_MOVETO) {
                    x0 = seg[0];
                    y0 = seg[1];
                    continue;
                }
                // The segment's middle, from grid to pixel coordinates as the exports place it. A
                // segment is the chord of the bilinear surface's iso-curve in its cell: the curve
                // passes the pixel or one beside it.
                int px = (int) ((x0 + seg[0]) / 2 * w / (res - 1)), py = (int) ((y0 + seg[1]) / 2 * h / (res - 1));
                if (px < 1 || py < 1 || px >= w - 1 || py >= h - 1) continue;
                boolean drawn = false;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) drawn |= darkness(lined[(py + dy) * w + px + dx]) - darkness(plain[(py + dy) * w + px + dx]) > 10;
                }
                assertTrue(drawn, "the level-" + k + " line passes pixel " + px + "," + py);
                checked++;
            }
        }
        assertTrue(checked > 200, "segments checked: " + checked);
    }

    @Test
    void aFlatSurfaceIsOneColourWithoutLines() {
        int[] out = render(grid(8, (c, r) -> 0.25), 30, 20, LINES);
        for (int rgb : out) assertEquals(ColorScale.rgb(0.5), rgb);
    }

    @Test
    void refusesAnImageTooSmallForItsSizeAndLinesThatCannotBeDrawn() {
        CriticGrid g = grid(8, (c, r) -> (double) c);
        assertThrows(IllegalArgumentException.class, () -> HeatmapRaster.render(g, new int[10], 4, 4, null));
        assertThrows(IllegalArgumentException.class, () -> HeatmapRaster.render(g, new int[16], 0, 4, null));
        assertThrows(IllegalArgumentException.class, () -> new HeatmapRaster.Lines(1, 0.8f, 0, 90));
        assertThrows(IllegalArgumentException.class, () -> new HeatmapRaster.Lines(12, 0f, 0, 90));
        assertThrows(IllegalArgumentException.class, () -> new HeatmapRaster.Lines(12, 0.8f, 0, 256));
    }
}
