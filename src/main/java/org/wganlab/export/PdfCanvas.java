package org.wganlab.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * A page's drawing surface: a PDFBox content stream, and beside it the one thing PDFBox has no
 * call for, glyphs chosen by a shaper (joined Arabic letters) with the text a reader should
 * extract from each. PDFBox shows text by characters, one glyph each, and writes marked
 * content only with a named property list, which pdftotext ignores; so the page is drawn into a
 * form whose stream this class owns, and each shaped glyph goes in by its id inside
 * {@code /Span <</ActualText ...>> BDC ... EMC}.
 */
public final class PdfCanvas implements Closeable {
    private final PDDocument doc;
    private final PDPage page;
    private final PDAppearanceStream form;
    private final OutputStream out;
    private final PDPageContentStream cs;

    public PdfCanvas(PDDocument doc, PDPage page) throws IOException {
        this.doc = doc;
        this.page = page;
        form = new PDAppearanceStream(doc);
        form.setBBox(page.getMediaBox());
        form.setResources(new PDResources());
        out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE);
        // PDFBox writes each operator to this stream as it is called, so raw operators written
        // between its calls land in order.
        cs = new PDPageContentStream(doc, form, out);
    }

    /** The content stream for everything PDFBox draws itself: colours, text by characters, forms. */
    public PDPageContentStream stream() {
        return cs;
    }

    /**
     * Shows shaped glyphs inside a text object already begun, at the current point: each glyph
     * advances by the font's width less its adjustment (thousandths of an em, as TJ takes them),
     * and a reader extracts its text in its place.
     */
    void showGlyphs(PDType0Font font, Shaper.Glyphs glyphs) throws IOException {
        StringBuilder b = new StringBuilder();
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < glyphs.ids().length; i++) {
            used.add(glyphs.ids()[i]);
            b.append("/Span <</ActualText <FEFF");
            String text = glyphs.texts()[i];
            for (int c = 0; c < text.length(); c++) b.append(String.format("%04X", (int) text.charAt(c)));
            b.append(">>> BDC [<");
            for (byte x : font.encodeGlyphId(glyphs.ids()[i])) b.append(String.format("%02X", x & 0xff));
            b.append('>');
            if (glyphs.adjustments()[i] != 0) b.append(String.format(Locale.ROOT, " %.3f", glyphs.adjustments()[i]));
            b.append("] TJ EMC\n");
        }
        font.addGlyphsToSubset(used);
        out.write(b.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Finishes the drawing and places it on the page. */
    @Override
    public void close() throws IOException {
        cs.close();
        try (PDPageContentStream onPage = new PDPageContentStream(doc, page)) {
            onPage.drawForm(form);
        }
    }
}
