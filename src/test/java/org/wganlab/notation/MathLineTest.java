package org.wganlab.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class MathLineTest {
    private static final int W = 600, H = 100, BASELINE = 60;

    /** Ink columns' extent in [from, to) and the lowest inked row there: {left, right, bottom}, or null. */
    private static int[] ink(BufferedImage img, int from, int to) {
        int left = -1, right = -1, bottom = -1;
        for (int x = from; x < to; x++) {
            for (int y = 0; y < H; y++) {
                if ((img.getRGB(x, y) & 0xff) < 128) {
                    if (left < 0) left = x;
                    right = x;
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return left < 0 ? null : new int[] {left, right, bottom};
    }

    private static BufferedImage drawn(String text, double maxWidth, Font font) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.setFont(font);
        MathLine.draw(g, MathText.parse(text), 10, BASELINE, maxWidth);
        g.dispose();
        return img;
    }

    @Test
    void aFormulaSitsOnTheWordsBaselineAndTheWordsAfterItFollowItsWidth() {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 24);
        BufferedImage img = drawn("ab $x$ cd", W, font);
        Graphics2D probe = img.createGraphics();
        probe.setFont(font);
        int formulaStart = 10 + (int) Math.ceil(probe.getFontMetrics().getStringBounds("ab ", probe).getWidth());
        double formulaEnd = 10 + MathLine.width(probe, MathText.parse("ab $x$"));
        probe.dispose();
        int[] x = ink(img, formulaStart, (int) formulaEnd + 1);
        assertTrue(x != null, "the formula is drawn");
        // JLaTeXMath's default insets would push the glyph a fifth of an em right and down.
        assertEquals(BASELINE, x[2], 1, "the x sits on the baseline");
        assertTrue(x[0] - formulaStart <= 2, "the x starts where the words end, at " + x[0] + " not " + formulaStart);
        int[] after = ink(img, (int) formulaEnd + 1, W);
        assertTrue(after != null && after[0] - formulaEnd >= 3, "the words after it keep their space: " + (after == null ? "none" : after[0] + " after " + formulaEnd));
    }

    @Test
    void aLineWiderThanItsRoomIsSetSmallerToFit() {
        String text = "a long caption with $\\lambda = 10$ and $c = 0.01$ that would run past the edge of its figure";
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
        int[] wide = ink(drawn(text, W, font), 0, W);
        assertTrue(wide[1] >= W - 2, "at its own size it runs to the edge");
        int[] fitted = ink(drawn(text, 450, font), 0, W);
        // Hinted glyph widths jump between whole sizes, so the fit is near the room, not exact.
        assertTrue(fitted[1] <= 10 + 450 && fitted[1] > 10 + 0.8 * 450, "fitted into 450 px: ends at " + fitted[1]);
    }
}
