package org.wganlab.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A line is cut where only the bundled fallback has its characters, and only there. */
class FallbackTextTest {
    /** DejaVu Sans: Latin, Greek and the symbols, no Chinese, on every machine. */
    static Font dejaVu(float size) throws IOException, FontFormatException {
        return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BundledFonts.bytes(BundledFonts.REGULAR))).deriveFont(size);
    }

    @Test
    void runsChangeWhereOnlyTheFallbackHasTheCharacters() {
        List<FallbackText.Run> runs = FallbackText.runs("Über 生成对抗网络: ∇C", cp -> cp < 0x2E80);
        assertEquals(List.of(new FallbackText.Run("Über ", false), new FallbackText.Run("生成对抗网络", true), new FallbackText.Run(": ∇C", false)), runs);
    }

    @Test
    void aCharacterNoFontHasStaysWithItsOwnFont() {
        // U+10FFFD is a private-use code point no bundled font draws: it keeps its own font's box.
        String none = new String(Character.toChars(0x10FFFD));
        assertEquals(List.of(new FallbackText.Run("a" + none, false)), FallbackText.runs("a" + none, cp -> cp < 128));
    }

    @Test
    void onlyTextTheFontCannotShowIsAttributed() throws Exception {
        Font own = dejaVu(20);
        assertNull(FallbackText.attributed("W₁ ≥ 0.6, λ = 10, Über", own));
        String none = new String(Character.toChars(0x10FFFD));
        assertNull(FallbackText.attributed("a" + none, own), "what no bundled font has stays with its own font");
        AttributedCharacterIterator it = FallbackText.attributed("λ 标题", own).getIterator();
        it.setIndex(0);
        assertSame(own, it.getAttribute(TextAttribute.FONT));
        it.setIndex(2);
        Font fallback = (Font) it.getAttribute(TextAttribute.FONT);
        assertEquals(BundledFonts.fallback().getFamily(), fallback.getFamily());
        assertEquals(20f, fallback.getSize2D());
        assertEquals(4, it.getRunLimit(TextAttribute.FONT));
    }
}
