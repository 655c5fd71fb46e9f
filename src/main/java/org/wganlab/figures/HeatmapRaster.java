package org.wganlab.figures;

import java.util.Arrays;

/**
 * The plane's heatmap at screen resolution with its contour lines, in one pass over the pixels:
 * what the window shows in software rendering, where scaling the grid's image with Java2D and
 * stroking the contour paths through its antialiasing rasteriser cost several times more, at
 * every new grid. Exports keep the vector contours of {@link Contours}.
 *
 * <p>Each pixel takes the critic's value interpolated bilinearly from the grid (the grid's
 * samples sit on the plot's edges, as the contour paths place them), its colour from the
 * {@link ColorScale}, and a contour line's share of the pixel: a line of the given width at
 * each of the levels {@link Contours} draws, its distance from the pixel centre taken from the
 * value's distance to the level over the surface's slope there.
 */
public final class HeatmapRaster {
    /**
     * How the contour lines look: the value range cut into {@code levels} bands, a line of
     * {@code width} pixels at each inner level, its colour blended over the heatmap with
     * opacity {@code alpha} (0..255).
     */
    public record Lines(int levels, float width, int rgb, int alpha) {
        public Lines {
            if (levels < 2 || !(width > 0) || alpha < 0 || alpha > 255) throw new IllegalArgumentException("contour lines need 2 or more levels, a positive width and an opacity in 0..255");
        }
    }

    private final int res;
    private final float[] values;
    private final float min;
    private final int w;
    private final Lines lines;
    /** Pixel x's centre sits at grid column u = (x + 0.5) (res - 1) / w: its cell, and where in it. */
    private final int[] cell;
    private final float[] frac;
    /** Grid columns per pixel across, grid rows per pixel down. */
    private final float du;
    private final float dw;
    /** Value to "level units" t = levels (value - min) / span: the lines lie where t is whole. */
    private final float toT;
    private final float toIndex;
    private final float reach;
    /** The current grid row interpolated down to the pixel row, and its slope down. */
    private final float[] across;
    private final float[] down;

    private HeatmapRaster(CriticGrid grid, int w, int h, Lines lines) {
        res = grid.res();
        values = grid.values();
        min = grid.min();
        this.w = w;
        this.lines = lines;
        cell = new int[w];
        frac = new float[w];
        du = (res - 1f) / w;
        dw = (res - 1f) / h;
        for (int x = 0; x < w; x++) {
            float u = (x + 0.5f) * du;
            int c = Math.min(res - 2, (int) u);
            cell[x] = c;
            frac[x] = u - c;
        }
        int levels = lines == null ? 1 : lines.levels();
        toT = levels / (grid.max() - min);
        toIndex = 255f / levels;
        reach = lines == null ? 0f : 0.5f + lines.width() / 2;
        across = new float[res];
        down = new float[res];
    }

    /** Fills {@code out} (row-major, w x h, 0xRRGGBB) with the grid's heatmap, and its contour lines unless {@code lines} is null. */
    public static void render(CriticGrid grid, int[] out, int w, int h, Lines lines) {
        if (w < 1 || h < 1 || out.length < w * h) throw new IllegalArgumentException("an image of " + w + " x " + h + " needs that many pixels");
        if (PlaneFrame.isFlat(grid)) {
            // One colour, no lines: as the exports draw a flat surface.
            Arrays.fill(out, 0, w * h, ColorScale.rgb(0.5));
            return;
        }
        HeatmapRaster r = new HeatmapRaster(grid, w, h, lines);
        for (int y = 0; y < h; y++) r.row(y, out);
    }

    private void row(int y, int[] out) {
        float wv = (y + 0.5f) * dw;
        int r = Math.min(res - 2, (int) wv);
        float fy = wv - r;
        int top = r * res, bottom = top + res;
        for (int c = 0; c < res; c++) {
            float a = values[top + c], d = values[bottom + c];
            across[c] = a + fy * (d - a);
            down[c] = d - a;
        }
        int start = y * w;
        for (int x = 0; x < w; x++) {
            int c = cell[x];
            float fx = frac[x];
            float left = across[c], slopeX = across[c + 1] - left;
            float t = (left + fx * slopeX - min) * toT;
            // As ColorScale.rgb(t / levels), rounded the same way, without a double per pixel.
            float i = t * toIndex + 0.5f;
            int rgb = ColorScale.entry(i >= 1f ? Math.min(255, (int) i) : 0);
            if (lines != null) {
                // The slope in level units per pixel, along x and along y.
                float gx = slopeX * du * toT;
                float gy = (down[c] + fx * (down[c + 1] - down[c])) * dw * toT;
                rgb = withLine(rgb, t, gx * gx + gy * gy);
            }
            out[start + x] = rgb;
        }
    }

    /** The pixel's colour with the nearest level's line over it, by the share of the pixel the line covers. */
    private int withLine(int rgb, float t, float slope2) {
        // t >= 0 (interpolation stays within the grid's range), so a cast rounds it: Math.round
        // took as long as the rest of the pixel (JDK 17 does not intrinsify it).
        int k = Math.max(1, Math.min(lines.levels() - 1, (int) (t + 0.5f)));
        float off = Math.abs(t - k);
        // Most pixels are far from every line: no square root for them.
        if (!(off * off < reach * reach * slope2)) return rgb;
        float dist = off / (float) Math.sqrt(slope2);
        float a = Math.min(lines.width(), Math.min(1f, reach - dist)) * lines.alpha() / 255f;
        int lineRgb = lines.rgb();
        int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
        r = (int) (r + a * ((lineRgb >> 16 & 0xff) - r) + 0.5f);
        g = (int) (g + a * ((lineRgb >> 8 & 0xff) - g) + 0.5f);
        b = (int) (b + a * ((lineRgb & 0xff) - b) + 0.5f);
        return r << 16 | g << 8 | b;
    }
}
