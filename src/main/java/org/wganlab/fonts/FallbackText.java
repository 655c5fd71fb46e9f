package org.wganlab.fonts;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Where a line's characters need the bundled fallback: those its own font cannot show and the
 * fallback can. Java2D and JavaFX fall back only to the fonts installed on the machine, so on
 * one without a Chinese font a Chinese title showed as a row of empty boxes, though the
 * application carries a font that has it.
 */
public final class FallbackText {
    /** A stretch of a line, in reading order, shown in its own font or in the fallback. */
    public record Run(String text, boolean fallback) {
    }

    private FallbackText() {
    }

    /** The line cut where it changes between what shown shows and what only the fallback has. */
    public static List<Run> runs(String line, IntPredicate shown) {
        List<Run> out = new ArrayList<>();
        Font fallback = null;
        int start = 0;
        boolean current = false;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            boolean needs = false;
            if (!shown.test(cp)) {
                if (fallback == null) fallback = BundledFonts.fallback();
                needs = fallback.canDisplay(cp);
            }
            if (needs != current && i > start) {
                out.add(new Run(line.substring(start, i), current));
                start = i;
            }
            current = needs;
            i += Character.charCount(cp);
        }
        if (start < line.length()) out.add(new Run(line.substring(start), current));
        return out;
    }

    /**
     * The line with each run's font as an attribute, for Java2D's TextLayout (which then also
     * lays out right-to-left runs); null where font shows it all, so such text is drawn as before.
     */
    public static AttributedString attributed(String line, Font font) {
        // The quick test first: almost every string a figure draws, its font shows whole.
        if (font.canDisplayUpTo(line) < 0) return null;
        List<Run> runs = runs(line, font::canDisplay);
        if (runs.stream().noneMatch(Run::fallback)) return null;
        AttributedString out = new AttributedString(line);
        out.addAttribute(TextAttribute.FONT, font);
        Font fallback = BundledFonts.fallback().deriveFont(font.getStyle(), font.getSize2D());
        if (!font.getTransform().isIdentity()) fallback = fallback.deriveFont(font.getTransform());
        int at = 0;
        for (Run r : runs) {
            if (r.fallback()) out.addAttribute(TextAttribute.FONT, fallback, at, at + r.text().length());
            at += r.text().length();
        }
        return out;
    }
}
