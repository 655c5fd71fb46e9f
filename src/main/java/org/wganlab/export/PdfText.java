package org.wganlab.export;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.wganlab.fonts.BundledFonts;
import org.wganlab.fonts.FallbackGraphics2D;
import org.wganlab.i18n.TextDirection;

/**
 * Text in any script as PDF text: each run of a line in the first of the bundled fonts that has
 * its glyphs (DejaVu Sans for Latin, Greek, Cyrillic, Arabic, Hebrew and the mathematical
 * symbols; Droid Sans Fallback for Chinese, Japanese and Korean), embedded as subsets, so
 * pdftotext and a reader's search find the text as written and the page looks the same on any
 * machine. The PDF base fonts it replaces cover Latin-1 only: a German umlaut survived, a λ or
 * a Chinese title became '?'.
 *
 * <p>A line's right-to-left runs are laid out right to left (the JDK's {@link Bidi}): their
 * characters go into the page in visual order, as PDF text is, and text extraction turns them
 * back. Arabic runs are joined ({@link Shaper}) and carry their characters as the text a reader
 * extracts ({@link PdfCanvas#showGlyphs}), since a joined letter's glyph has no character of its own
 * in the font but a presentation form that search would not match.
 */
public final class PdfText {
    /** How a line is set. */
    public enum Style {
        REGULAR(BundledFonts.REGULAR), BOLD(BundledFonts.BOLD), ITALIC(BundledFonts.ITALIC);

        final String file;

        Style(String file) {
            this.file = file;
        }
    }

    /** Drawn for a character no bundled font has. */
    private static final int MISSING = 0xFFFD;

    // Each font is parsed the first time a line needs it: most figures use one face of DejaVu,
    // and the CJK fallback alone is 4 MB to read.
    private final PDDocument doc;
    private final Map<Style, Face> faces = new EnumMap<>(Style.class);
    private Face fallback;

    /** One font as the page uses it and as its glyphs are looked up; shaper null where it has no joining script. */
    private record Face(PDType0Font pdf, CmapLookup cmap, Shaper shaper) {
        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }
    }

    private PdfText(PDDocument doc) {
        this.doc = doc;
    }

    /** The bundled fonts, to be embedded in doc as subsets of what its pages show. */
    public static PdfText load(PDDocument doc) throws IOException {
        return new PdfText(doc);
    }

    private static Face load(PDDocument doc, String file, boolean shapes) throws IOException {
        byte[] bytes = BundledFonts.bytes(file);
        // Parsed per document: PDFBox keeps the font open until the document is saved, for the subset.
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        // One glyph per character: with PDFBox's substitutions on, "fi" became the ligature's
        // glyph, which text extraction reads as U+FB01, not as the two letters the lesson wrote.
        ttf.setEnableGsub(false);
        return new Face(PDType0Font.load(doc, ttf, true), ttf.getUnicodeCmapLookup(), shapes ? new Shaper(bytes, ttf) : null);
    }

    /**
     * A stretch of a line in one font: its characters in visual order, and, where it was
     * shaped, the glyphs that show them (null where each character is its own glyph).
     */
    private record Piece(Face face, String text, Shaper.Glyphs glyphs) {
        float width(float size) throws IOException {
            return (glyphs != null ? glyphs.width() : face.pdf.getStringWidth(text)) / 1000 * size;
        }
    }

    /** A directional run of a line: its characters in reading order, and which way they read. */
    private record Run(String logical, boolean rightToLeft) {
    }

    /** The line in visual order, cut where the font changes. */
    private List<Piece> pieces(String line, Style style) throws IOException {
        List<Piece> out = new ArrayList<>();
        for (Run run : runs(line)) {
            List<Piece> inRun = new ArrayList<>();
            for (Piece p : byFace(run.logical(), style)) {
                if (!run.rightToLeft()) {
                    inRun.add(p);
                    continue;
                }
                String visual = mirrored(new StringBuilder(p.text).reverse().toString());
                boolean shape = p.face.shaper != null && Shaper.needed(p.text);
                inRun.add(0, new Piece(p.face, visual, shape ? p.face.shaper.rightToLeft(p.text) : null));
            }
            out.addAll(inRun);
        }
        return out;
    }

    /** Text in reading order cut where the font changes, a character no font has as U+FFFD. */
    private List<Piece> byFace(String text, Style style) throws IOException {
        List<Piece> out = new ArrayList<>();
        Face current = null;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Face f = faceFor(cp, style);
            int shown = f == null ? MISSING : cp;
            if (f == null) f = faceFor(MISSING, style);
            if (f == null) continue;
            if (current != null && f != current) {
                out.add(new Piece(current, b.toString(), null));
                b.setLength(0);
            }
            current = f;
            b.appendCodePoint(shown);
        }
        if (current != null && b.length() > 0) out.add(new Piece(current, b.toString(), null));
        return out;
    }

    /**
     * For a figure drawn through pdfbox-graphics2d into this document: its labels set as text in
     * these fonts, not as outlines.
     */
    public IPdfBoxGraphics2DFontTextDrawer figureText() {
        return new FigureFonts(this);
    }

    /**
     * A drawing (a figure) of w x h points as a form of this document, through pdfbox-graphics2d,
     * its labels as text in these fonts: for a page to place where and as large as it wants.
     */
    public PDFormXObject form(float w, float h, Consumer<Graphics2D> drawing) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
        g.setFontTextDrawer(figureText());
        try {
            // Text a figure's font cannot show (Chinese where the machine has no such font) goes
            // in as outlines of the bundled fallback, not of the machine's empty boxes.
            drawing.accept(new FallbackGraphics2D(g));
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
    }

    /** The style's font as the document embeds it, for a Graphics2D bridge that sets text in it ({@link FigureFonts}). */
    PDType0Font font(Style style) throws IOException {
        return face(style).pdf;
    }

    /** Whether the style's own font has every character of the text, with no fallback. */
    boolean covers(Style style, String text) throws IOException {
        Face f = face(style);
        return text.codePoints().allMatch(f::has);
    }

    private Face face(Style style) throws IOException {
        Face f = faces.get(style);
        if (f == null) faces.put(style, f = load(doc, style.file, true));
        return f;
    }

    private Face faceFor(int codePoint, Style style) throws IOException {
        Face f = face(style);
        if (f.has(codePoint)) return f;
        if (fallback == null) fallback = load(doc, BundledFonts.FALLBACK, false);
        if (fallback.has(codePoint)) return fallback;
        Face regular = face(Style.REGULAR);
        return regular.has(codePoint) ? regular : null;
    }

    /** The line's directional runs left to right as they are seen. A line of one direction is one run. */
    private static List<Run> runs(String line) {
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) return List.of(new Run(line, false));
        int n = bidi.getRunCount();
        byte[] levels = new byte[n];
        Run[] runs = new Run[n];
        for (int r = 0; r < n; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            runs[r] = new Run(line.substring(bidi.getRunStart(r), bidi.getRunLimit(r)), levels[r] % 2 == 1);
        }
        Bidi.reorderVisually(levels, 0, runs, 0, n);
        return List.of(runs);
    }

    static String mirrored(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int at = "()[]{}<>«»".indexOf(c);
            b.append(at < 0 ? c : ")(][}{><»«".charAt(at));
        }
        return b.toString();
    }

    /** The width of the line at this size, in points. */
    public float width(String line, Style style, float size) {
        try {
            return width(pieces(line, style), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float width(List<Piece> pieces, float size) throws IOException {
        float w = 0;
        for (Piece p : pieces) w += p.width(size);
        return w;
    }

    /**
     * Draws the line on a baseline at y (PDF coordinates, y up) in the measure [x, x + measure]:
     * from its left end, or, read right to left, from its right end.
     */
    public void draw(PdfCanvas canvas, String line, Style style, float size, float x, float y, float measure) throws IOException {
        List<Piece> pieces = pieces(line, style);
        show(canvas, pieces, size, TextDirection.rightToLeft(line) ? x + measure - width(pieces, size) : x, y);
    }

    /** Draws the line on a baseline at y with its left end at x, whichever way it reads (a run its caller has placed). */
    public void drawAt(PdfCanvas canvas, String line, Style style, float size, float x, float y) throws IOException {
        show(canvas, pieces(line, style), size, x, y);
    }

    private static void show(PdfCanvas canvas, List<Piece> pieces, float size, float x, float y) throws IOException {
        PDPageContentStream cs = canvas.stream();
        cs.beginText();
        cs.newLineAtOffset(x, y);
        for (Piece p : pieces) {
            cs.setFont(p.face.pdf, size);
            if (p.glyphs != null) canvas.showGlyphs(p.face.pdf, p.glyphs);
            else cs.showText(p.text);
        }
        cs.endText();
    }
}
