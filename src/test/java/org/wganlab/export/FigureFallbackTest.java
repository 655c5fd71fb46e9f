package org.wganlab.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.wganlab.figures.Drawing;
import org.wganlab.fonts.BundledFonts;
import org.wganlab.fonts.FallbackGraphics2D;

/**
 * A PNG figure's words in a script its font lacks come out in the bundled fallback, whatever
 * fonts the machine has: the test's font is DejaVu Sans, which has no Chinese on any machine.
 */
class FigureFallbackTest {
    private static final String TITLE = "生成对抗网络";

    /** Draws the title in font at (10, 40), black on white. */
    private static Drawing title(Font font, List<Class<?>> seen) {
        return new Drawing() {
            @Override
            public String title() {
                return TITLE;
            }

            @Override
            public void draw(Graphics2D g, Rectangle2D area) {
                seen.add(g.getClass());
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setColor(Color.BLACK);
                g.setFont(font);
                g.drawString(TITLE, 10, 40);
            }
        };
    }

    @Test
    void aPngFiguresChineseIsTheFallbacksGlyphsNotBoxes() throws Exception {
        Font dejaVu = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BundledFonts.bytes(BundledFonts.REGULAR))).deriveFont(28f);
        Font fallback = BundledFonts.fallback().deriveFont(28f);
        List<Class<?>> seen = new ArrayList<>();
        BufferedImage png = FigureWriter.renderPng(title(dejaVu, seen), 240, 60, 1);
        BufferedImage reference = new BufferedImage(240, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = reference.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 240, 60);
        title(fallback, new ArrayList<>()).draw(g, new Rectangle2D.Double(0, 0, 240, 60));
        g.dispose();
        assertArrayEquals(reference.getRGB(0, 0, 240, 60, null, 0, 240), png.getRGB(0, 0, 240, 60, null, 0, 240));
    }

    @Test
    void aPdfFigureIsDrawnThroughTheFallbackToo() throws Exception {
        List<Class<?>> seen = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PdfText.load(doc).form(240, 60, g -> title(new Font(Font.SANS_SERIF, Font.PLAIN, 20), seen).draw(g, new Rectangle2D.Double(0, 0, 240, 60)));
        }
        assertEquals(List.of(FallbackGraphics2D.class), seen);
        assertTrue(FigureWriter.pdf(title(new Font(Font.SANS_SERIF, Font.PLAIN, 20), seen), 240, 60).length > 0);
    }
}
