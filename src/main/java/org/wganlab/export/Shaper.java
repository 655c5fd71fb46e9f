package org.wganlab.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Joins the letters of a script whose letters change shape with their neighbours (Arabic), as the
 * JDK lays text out (its OpenType shaper, which reads the font's own substitution tables), and
 * gives the font's glyph ids in visual order. Drawn one glyph per character, Arabic shows every
 * letter in its isolated form, which a reader of Arabic reads as a row of separate letters.
 */
final class Shaper {
    /** Fractional advances, so that widths are the font's own, not rounded to whole units. */
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    /** The size the font is laid out at: 1000 units per em, the unit of PDF glyph widths. */
    private static final float EM = 1000f;

    private final byte[] fontFile;
    private final TrueTypeFont ttf;
    /** Made on first use: the JDK copies a font it is given to a temporary file, and most pages have no Arabic. */
    private Font font;

    /**
     * Glyph ids left to right; each one's TJ adjustment (its PDF width less its shaped advance);
     * the character each stands for, the text a reader extracts in its place; and their width
     * in thousandths of an em.
     */
    record Glyphs(int[] ids, float[] adjustments, String[] texts, float width) {
    }

    Shaper(byte[] fontFile, TrueTypeFont ttf) {
        this.fontFile = fontFile;
        this.ttf = ttf;
    }

    private Font font() throws IOException {
        if (font == null) {
            try {
                font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(fontFile)).deriveFont(EM);
            } catch (FontFormatException e) {
                throw new IOException("the font cannot be laid out: " + e.getMessage(), e);
            }
        }
        return font;
    }

    /** Whether a run has letters that join: drawn character by character they would not. */
    static boolean needed(String run) {
        return run.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }

    /**
     * A right-to-left run, given in logical (reading) order, laid out as its glyphs are seen.
     *
     * <p>Each glyph carries one character, never more: pdftotext reads the characters of one
     * glyph's text as if laid out left to right and PDFBox in reading order, so a ligature's two
     * letters (lam-alef) would come out reversed in one or the other. A ligature carries its
     * last letter, and its others follow at its right end on glyphs of no width (a space
     * drawn with its advance taken back), so that every extractor reorders single characters.
     */
    Glyphs rightToLeft(String logical) throws IOException {
        char[] chars = logical.toCharArray();
        GlyphVector gv = font().layoutGlyphVector(CONTEXT, chars, 0, chars.length, Font.LAYOUT_RIGHT_TO_LEFT);
        int n = gv.getNumGlyphs();
        int[] starts = new int[n];
        for (int i = 0; i < n; i++) starts[i] = gv.getGlyphCharIndex(i);
        float perUnit = EM / ttf.getUnitsPerEm();
        int space = ttf.getUnicodeCmapLookup().getGlyphId(' ');
        float spaceWidth = ttf.getAdvanceWidth(space) * perUnit;
        List<Integer> ids = new ArrayList<>();
        List<Float> adjustments = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        boolean[] told = new boolean[chars.length];
        for (int i = 0; i < n; i++) {
            int id = gv.getGlyphCode(i);
            float advance = (float) (gv.getGlyphPosition(i + 1).getX() - gv.getGlyphPosition(i).getX());
            // The glyph's characters: from its start to the next glyph's start in reading order.
            int from = starts[i], to = chars.length;
            for (int s : starts) if (s > from && s < to) to = s;
            String cluster = told[from] ? "" : new String(chars, from, to - from);
            told[from] = true;
            ids.add(id);
            adjustments.add(ttf.getAdvanceWidth(id) * perUnit - advance);
            // As it is seen: the shaper mirrors a bracket in a right-to-left run, and so does the text.
            texts.add(cluster.isEmpty() ? "" : PdfText.mirrored(cluster.substring(cluster.length() - 1)));
            for (int c = cluster.length() - 2; c >= 0; c--) {
                ids.add(space);
                adjustments.add(spaceWidth);
                texts.add(PdfText.mirrored(cluster.substring(c, c + 1)));
            }
        }
        int[] idArray = new int[ids.size()];
        float[] adjArray = new float[ids.size()];
        for (int i = 0; i < idArray.length; i++) {
            idArray[i] = ids.get(i);
            adjArray[i] = adjustments.get(i);
        }
        return new Glyphs(idArray, adjArray, texts.toArray(String[]::new), (float) gv.getGlyphPosition(n).getX());
    }
}
