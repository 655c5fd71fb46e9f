package org.wganlab.figures;

import java.awt.Color;

/**
 * A diverging blue-white-red scale (Moreland's cool-warm): low critic values blue, high red,
 * the middle of the range near white, readable on a projector and in grey-scale print.
 */
public final class ColorScale {
    private static final float[][] ANCHORS = {
        {59, 76, 192}, {124, 159, 249}, {192, 212, 245}, {242, 242, 242}, {242, 203, 183}, {238, 132, 104}, {180, 4, 38}};
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            double t = i / 255.0 * (ANCHORS.length - 1);
            int k = Math.min(ANCHORS.length - 2, (int) t);
            double f = t - k;
            int r = (int) Math.round(ANCHORS[k][0] + f * (ANCHORS[k + 1][0] - ANCHORS[k][0]));
            int g = (int) Math.round(ANCHORS[k][1] + f * (ANCHORS[k + 1][1] - ANCHORS[k][1]));
            int b = (int) Math.round(ANCHORS[k][2] + f * (ANCHORS[k + 1][2] - ANCHORS[k][2]));
            TABLE[i] = (r << 16) | (g << 8) | b;
        }
    }

    private ColorScale() {
    }

    /** RGB for t in [0, 1] (clamped). */
    public static int rgb(double t) {
        if (!(t >= 0)) t = 0;
        if (t > 1) t = 1;
        return TABLE[(int) Math.round(t * 255)];
    }

    /** The colour of table entry i (0..255): for callers that have already scaled and clamped. */
    static int entry(int i) {
        return TABLE[i];
    }

    public static Color color(double t) {
        return new Color(rgb(t));
    }
}
