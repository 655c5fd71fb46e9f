package org.wganlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/** A figure's labels as text in the embedded DejaVu Sans; a formula's symbols as outlines, never as DejaVu's glyphs for their codes. */
class FigureFontsTest {
    /** The text a reader extracts from a page drawn by the drawing through the figure-text drawer. */
    private static String drawnText(Consumer<PdfBoxGraphics2D> drawing) throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(300, 100));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, 300, 100);
            g.setFontTextDrawer(PdfText.load(doc).figureText());
            g.setColor(Color.BLACK);
            drawing.accept(g);
            g.dispose();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(g.getXFormObject());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            bytes = out.toByteArray();
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<String> fonts = new ArrayList<>();
            PdfFonts.collect(doc.getPage(0).getResources(), fonts);
            return new PDFTextStripper().getText(doc).strip();
        }
    }

    @Test
    void aSansSerifLabelIsText() throws Exception {
        String label = "Größe λ = 0.1, ‖∇ₓC(x)‖";
        assertEquals(label, drawnText(g -> {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(label, 10, 50);
        }));
    }

    @Test
    void aTypesetFormulaGoesInAsOutlines() throws Exception {
        TeXIcon icon = new TeXFormula("\\hat{x} = \\epsilon x + (1 - \\epsilon) G(z), \\quad \\lambda \\|\\nabla C\\|_2")
                .createTeXIcon(TeXConstants.STYLE_DISPLAY, 16);
        String text = drawnText(g -> icon.paintIcon(null, g, 10, 10));
        assertFalse(text.chars().anyMatch(Character::isLetterOrDigit), "the formula's glyphs, not another font's letters for their codes: " + text);
    }
}
