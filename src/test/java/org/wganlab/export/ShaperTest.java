package org.wganlab.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Arabic joined as the font's own tables join it, each glyph carrying the one character a reader extracts. */
class ShaperTest {
    private static TrueTypeFont ttf;
    private static Shaper shaper;

    @BeforeAll
    static void load() throws Exception {
        byte[] bytes;
        try (InputStream in = ShaperTest.class.getResourceAsStream("/org/wganlab/fonts/DejaVuSans.ttf")) {
            bytes = in.readAllBytes();
        }
        ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        shaper = new Shaper(bytes, ttf);
    }

    private static int isolated(char c) throws Exception {
        return ttf.getUnicodeCmapLookup().getGlyphId(c);
    }

    @Test
    void onlyAJoiningScriptIsShaped() {
        assertTrue(Shaper.needed("مرحبا"));
        assertTrue(Shaper.needed("W₁ مرحبا"));
        assertFalse(Shaper.needed("Größe λ ‖∇C‖"));
        assertFalse(Shaper.needed("שלום"));
        assertFalse(Shaper.needed("生成对抗网络"));
    }

    @Test
    void lettersTakeTheirJoinedFormsInVisualOrder() throws Exception {
        String word = "مرحبا"; // meem, reh, hah, beh, alef
        Shaper.Glyphs g = shaper.rightToLeft(word);
        assertEquals(word.length(), g.ids().length);
        // Seen left to right: alef first, meem last; each glyph's text is its letter.
        assertArrayEquals(new String[] {"ا", "ب", "ح", "ر", "م"}, g.texts());
        // Meem opens the word and joins its neighbour: its initial form, not the isolated glyph
        // a character-by-character drawing would show. So do beh and hah (medial); reh does not join on.
        assertNotEquals(isolated('م'), g.ids()[4]);
        assertNotEquals(isolated('ح'), g.ids()[2]);
        assertNotEquals(isolated('ب'), g.ids()[1]);
        assertTrue(g.width() > 0);
    }

    @Test
    void aLigatureCarriesItsLastLetterAndTheOtherFollowsOnAGlyphOfNoWidth() throws Exception {
        Shaper.Glyphs g = shaper.rightToLeft("لا"); // lam, alef: one glyph, the lam-alef ligature
        assertEquals(2, g.ids().length);
        assertNotEquals(isolated('ل'), g.ids()[0]);
        assertNotEquals(isolated('ا'), g.ids()[0]);
        assertArrayEquals(new String[] {"ا", "ل"}, g.texts());
        int space = isolated(' ');
        assertEquals(space, g.ids()[1]);
        float spaceWidth = ttf.getAdvanceWidth(space) * 1000f / ttf.getUnitsPerEm();
        assertEquals(spaceWidth, g.adjustments()[1], 1e-3, "the space's advance is taken back");
        float ligatureWidth = ttf.getAdvanceWidth(g.ids()[0]) * 1000f / ttf.getUnitsPerEm();
        assertEquals(ligatureWidth, g.width(), 1, "the run is as wide as the ligature alone");
    }

    @Test
    void aBracketIsSeenMirroredAndItsTextIsToo() throws Exception {
        Shaper.Glyphs g = shaper.rightToLeft("(ب)");
        assertArrayEquals(new String[] {"(", "ب", ")"}, g.texts());
    }
}
