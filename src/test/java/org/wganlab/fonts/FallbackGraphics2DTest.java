package org.wganlab.fonts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Drawn through the wrapper, Chinese in a font without it shows the bundled fallback's glyphs,
 * not empty boxes, and is measured as drawn; text the font has comes out exactly as without it.
 */
class FallbackGraphics2DTest {
    private static final String CHINESE = "生成对抗网络";

    /** The pixels of one string drawn at (10, 40) in font, through what wrap makes of the image's graphics. */
    private static int[] drawn(String text, Font font, Function<Graphics2D, Graphics2D> wrap) {
        BufferedImage img = new BufferedImage(260, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D raw = img.createGraphics();
        raw.setColor(Color.WHITE);
        raw.fillRect(0, 0, 260, 60);
        raw.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Graphics2D g = wrap.apply(raw);
        g.setColor(Color.BLACK);
        g.setFont(font);
        g.drawString(text, 10, 40);
        g.dispose();
        return img.getRGB(0, 0, 260, 60, null, 0, 260);
    }

    private static long ink(int[] px) {
        return Arrays.stream(px).filter(p -> (p & 0xffffff) != 0xffffff).count();
    }

    @Test
    void chineseInAFontWithoutItIsDrawnInTheFallback() throws Exception {
        Font own = FallbackTextTest.dejaVu(28);
        Font fallback = BundledFonts.fallback().deriveFont(28f);
        int[] wrapped = drawn(CHINESE, own, FallbackGraphics2D::new);
        int[] reference = drawn(CHINESE, fallback, g -> g);
        int[] boxes = drawn(CHINESE, own, g -> g);
        assertTrue(ink(reference) > 500, "the fallback draws the characters");
        assertArrayEquals(reference, wrapped, "the wrapper draws the fallback's glyphs");
        assertFalse(Arrays.equals(reference, boxes), "without it the font draws its missing-glyph boxes");
    }

    @Test
    void textTheFontHasIsDrawnAsWithoutTheWrapper() throws Exception {
        Font own = FallbackTextTest.dejaVu(22);
        String words = "W₁ ≥ 0.6 λ Über";
        assertArrayEquals(drawn(words, own, g -> g), drawn(words, own, FallbackGraphics2D::new));
    }

    @Test
    void aMixedLineIsMeasuredAsItIsDrawn() throws Exception {
        Font own = FallbackTextTest.dejaVu(24);
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D raw = img.createGraphics();
        Graphics2D g = new FallbackGraphics2D(raw);
        String line = "Titel " + CHINESE;
        FontMetrics wrapped = g.getFontMetrics(own), plain = raw.getFontMetrics(own);
        double expected = new TextLayout(FallbackText.attributed(line, own).getIterator(), raw.getFontRenderContext()).getAdvance();
        assertEquals((int) Math.ceil(expected), wrapped.stringWidth(line));
        assertEquals(expected, wrapped.getStringBounds(line, g).getWidth(), 1e-9);
        assertTrue(Math.abs(plain.stringWidth(line) - expected) > 10, "the boxes are narrower than the characters: " + plain.stringWidth(line) + " vs " + expected);
        assertEquals(plain.stringWidth("Titel"), wrapped.stringWidth("Titel"));
        assertEquals(plain.getHeight(), wrapped.getHeight());
        // A copy of the graphics draws with the fallback too.
        assertTrue(g.create() instanceof FallbackGraphics2D);
        g.dispose();
    }
}
