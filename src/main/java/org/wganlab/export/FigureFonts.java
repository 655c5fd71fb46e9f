package org.wganlab.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.wganlab.export.PdfText.Style;

/**
 * Sets a figure's text, drawn through pdfbox-graphics2d, as PDF text in the bundled fonts that
 * {@link PdfText} embeds: the figures' labels (λ, ‖∇C‖, W₁, German words) become text a reader
 * can search and copy, in a font the file carries. Without it the bridge draws every label as
 * outlines. Text the bundled font of its style lacks (Chinese, say), or that reads right to left
 * (which the bridge does not lay out), is still drawn as outlines, so it shows as the screen
 * shows it rather than as missing glyphs.
 */
final class FigureFonts extends PdfBoxGraphics2DFontTextDrawer {
    private final PdfText text;

    FigureFonts(PdfText text) {
        this.text = text;
    }

    /**
     * Only the figures' own sans serif (Java's logical SansSerif or Dialog) is set in DejaVu Sans:
     * any other font, above all a typeset formula's (JLaTeXMath draws its symbols from its own
     * fonts, at code points of their own), keeps its glyphs by going in as outlines.
     */
    private static boolean ours(Font f) {
        String name = f.getName();
        return Font.SANS_SERIF.equalsIgnoreCase(name) || Font.DIALOG.equalsIgnoreCase(name);
    }

    /** A figure's fonts are all sans serif: the style picks the face. */
    private static Style style(Font f) {
        if (f.isBold()) return Style.BOLD;
        return f.isItalic() ? Style.ITALIC : Style.REGULAR;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
        return ours(font) ? text.font(style(font)) : null;
    }

    @Override
    public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) throws IOException, FontFormatException {
        int start = iterator.getIndex();
        Font f = (Font) iterator.getAttribute(TextAttribute.FONT);
        StringBuilder all = new StringBuilder();
        for (char c = iterator.current(); c != CharacterIterator.DONE; c = iterator.next()) all.append(c);
        iterator.setIndex(start);
        Font font = f != null ? f : env.getFont();
        return ours(font) && text.covers(style(font), all.toString()) && super.canDrawText(iterator, env);
    }
}
