package org.wganlab.notation;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import org.jfree.svg.SVGHints;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * One line of text with inline formulas on a Graphics2D: the words in the graphics' font, as
 * text an SVG or PDF keeps searchable, and each formula typeset by JLaTeXMath at the same size
 * on the same baseline. A line wider than its room is set smaller until it fits.
 */
public final class MathLine {
    /** Computer Modern looks smaller than DejaVu Sans at one size: inline formulas are set this much larger to match. */
    public static final float INLINE_SCALE = 1.1f;
    /** The smallest a fitted line is set, in points: below this a caption is unreadable anyway. */
    private static final float MIN_SIZE = 7f;

    private MathLine() {
    }

    /**
     * A formula typeset with no margin: its box is its glyphs, so it sits on the text's baseline
     * and the words after it follow at its width. (JLaTeXMath's own setInsets adds a fifth of an
     * em on every side unless told the insets are true.)
     */
    public static TeXIcon typeset(String source, int texStyle, float size) {
        TeXIcon icon = new TeXFormula(source).createTeXIcon(texStyle, size);
        icon.setInsets(new Insets(0, 0, 0, 0), true);
        return icon;
    }

    /** Draws the line from x along the baseline, in at most maxWidth (set smaller if it needs to be). */
    public static void draw(Graphics2D g, MathText text, double x, double baseline, double maxWidth) {
        Font font = g.getFont(), fitted = font;
        List<Piece> pieces = pieces(g, text, fitted);
        // Widths do not scale exactly with the size (glyphs snap to pixels): shrink until it fits.
        for (int tries = 0; tries < 4 && maxWidth > 0 && fitted.getSize2D() > MIN_SIZE; tries++) {
            double width = width(pieces);
            if (width <= maxWidth) break;
            fitted = fitted.deriveFont(Math.max(MIN_SIZE, (float) (fitted.getSize2D() * maxWidth / width) - 0.1f));
            pieces = pieces(g, text, fitted);
        }
        g.setFont(fitted);
        double at = x;
        for (Piece p : pieces) {
            if (p.formula == null) {
                g.drawString(p.words, (float) at, (float) baseline);
            } else {
                p.formula.setForeground(g.getColor());
                drawFormula(g, p.formula, at, baseline);
            }
            at += p.width;
        }
        g.setFont(font);
    }

    /** The line's width in the graphics' font. */
    public static double width(Graphics2D g, MathText text) {
        return width(pieces(g, text, g.getFont()));
    }

    private static double width(List<Piece> pieces) {
        double w = 0;
        for (Piece p : pieces) w += p.width;
        return w;
    }

    private record Piece(String words, TeXIcon formula, double width) {
    }

    private static List<Piece> pieces(Graphics2D g, MathText text, Font font) {
        List<Piece> out = new ArrayList<>();
        for (MathText.Part part : text.parts()) {
            if (part.kind() == MathText.Kind.PLAIN) {
                out.add(new Piece(part.text(), null, font.getStringBounds(part.text(), g.getFontRenderContext()).getWidth()));
            } else {
                TeXIcon icon = typeset(part.text(), TeXConstants.STYLE_TEXT, font.getSize2D() * INLINE_SCALE);
                out.add(new Piece(null, icon, icon.getTrueIconWidth()));
            }
        }
        return out;
    }

    /**
     * JLaTeXMath draws its glyphs as characters in its own fonts, which an SVG reader does not
     * have: JFreeSVG is told to write them as outlines (other graphics ignore the hint; PDF
     * figures outline every font but their own text face).
     */
    private static void drawFormula(Graphics2D g, TeXIcon icon, double x, double baseline) {
        Graphics2D f = (Graphics2D) g.create();
        f.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        f.translate(x, baseline - (icon.getTrueIconHeight() - icon.getTrueIconDepth()));
        icon.paintIcon(null, f, 0, 0);
        f.dispose();
    }
}
