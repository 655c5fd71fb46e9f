package org.wganlab.lesson;

import java.awt.Color;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.wganlab.export.PdfText.Style;
import org.wganlab.i18n.TextDirection;
import org.wganlab.notation.MathLine;
import org.wganlab.notation.MathText;

/**
 * A handout paragraph with formulas: words and inline formulas filled into lines, each formula
 * typeset by JLaTeXMath and set on the line's baseline; a display formula centred on a line of
 * its own. Formulas go in as vector outlines (the words stay PDF text).
 */
final class MathParagraph {
    /** A display formula is set this much larger than the text around it. */
    private static final float DISPLAY_SCALE = 1.25f;

    /** A word (with the space after it), a typeset inline formula, or the end of a paragraph the text's newline asks for. */
    private record Token(String word, TeXIcon formula, float width, boolean breaks) {
        static final Token BREAK = new Token("", null, 0, true);

        float ascent() {
            return formula == null ? 0 : formula.getTrueIconHeight() - formula.getTrueIconDepth();
        }

        float depth() {
            return formula == null ? 0 : formula.getTrueIconDepth();
        }
    }

    private MathParagraph() {
    }

    /** Draws text from y (the page's top down) in [x, x + width]; returns the y below it. */
    static double draw(HandoutPage.Page g, Style style, float size, Color color, MathText text, double x, double y, double width) throws IOException {
        double line = size * 1.35;
        boolean rtl = TextDirection.rightToLeft(text.plain());
        List<Token> flow = new ArrayList<>();
        for (MathText.Part p : text.parts()) {
            switch (p.kind()) {
                case PLAIN -> words(g, p.text(), style, size, flow);
                case INLINE -> flow.add(formula(p.text(), TeXConstants.STYLE_TEXT, size * MathLine.INLINE_SCALE, color));
                case DISPLAY -> {
                    y = lines(g, style, size, color, flow, x, y, width, rtl);
                    flow.clear();
                    TeXIcon icon = formula(p.text(), TeXConstants.STYLE_DISPLAY, size * DISPLAY_SCALE, color).formula();
                    double top = y + line * 0.5;
                    place(g, icon, x + Math.max(0, (width - icon.getTrueIconWidth()) / 2), top);
                    y = top + icon.getTrueIconHeight() + line * 0.2;
                }
            }
        }
        y = lines(g, style, size, color, flow, x, y, width, rtl);
        return y + line * 0.4;
    }

    /**
     * The plain text's pieces between the places a line may break (the JDK's line
     * BreakIterator: at spaces, and between Chinese or Japanese characters, which have none);
     * a newline ends the line.
     */
    private static void words(HandoutPage.Page g, String text, Style style, float size, List<Token> out) {
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        String[] paragraphs = text.split("\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) out.add(Token.BREAK);
            String t = paragraphs[p].replaceAll("\\s+", " ");
            breaks.setText(t);
            for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                String w = t.substring(start, end);
                if (!w.isBlank() || !out.isEmpty() && !out.get(out.size() - 1).breaks()) out.add(new Token(w, null, g.text().width(w, style, size), false));
            }
        }
    }

    private static Token formula(String source, int texStyle, float size, Color color) {
        TeXIcon icon = MathLine.typeset(source, texStyle, size);
        icon.setForeground(color);
        return new Token(null, icon, icon.getTrueIconWidth(), false);
    }

    /**
     * Fills the tokens into lines and draws them; returns the y below the last. A paragraph that
     * reads right to left (its first letter's script does) sets each line from the right edge:
     * its words and formulas follow each other leftwards, as its reader reads them.
     */
    private static double lines(HandoutPage.Page g, Style style, float size, Color color, List<Token> flow, double x, double y, double width, boolean rtl)
            throws IOException {
        int i = 0;
        while (i < flow.size()) {
            int end = i;
            double w = 0;
            while (end < flow.size() && !flow.get(end).breaks() && (end == i || w + trimmedWidth(g, flow.get(end), style, size) <= width)) w += flow.get(end++).width();
            if (end == i) {
                // A newline at a line's start: the line before ended there already (an empty paragraph sets nothing).
                i++;
                continue;
            }
            // Lines of words are 1.35 times the size apart; a formula taller or deeper than a line's words pushes the lines apart.
            double ascent = size * 1.35, depth = 0;
            for (int k = i; k < end; k++) {
                ascent = Math.max(ascent, flow.get(k).ascent());
                depth = Math.max(depth, flow.get(k).depth());
            }
            double baseline = y + ascent;
            // How far along the line the next token starts, from the left edge or (rtl) the right.
            double along = 0, wordsAlong = 0;
            StringBuilder words = new StringBuilder();
            for (int k = i; k < end; k++) {
                Token t = flow.get(k);
                if (t.formula() == null) {
                    if (words.length() == 0) wordsAlong = along;
                    // A line starts with its first letter, not with the space a formula left before it.
                    String word = k == i ? t.word().stripLeading() : t.word();
                    words.append(word);
                    along += word.length() == t.word().length() ? t.width() : g.text().width(word, style, size);
                    continue;
                }
                // Words before a formula go in as one run of PDF text: it reads as a phrase.
                run(g, words, style, size, color, x, width, rtl, wordsAlong, baseline);
                place(g, t.formula(), rtl ? x + width - along - t.width() : x + along, baseline - t.ascent());
                along += t.width();
            }
            run(g, words, style, size, color, x, width, rtl, wordsAlong, baseline);
            y = baseline + depth;
            i = end;
        }
        return y;
    }

    /** Draws the words gathered (then empties them), starting that far along the line from its left edge or, right to left, its right. */
    private static void run(HandoutPage.Page g, StringBuilder words, Style style, float size, Color color, double x, double width, boolean rtl,
            double along, double baseline) throws IOException {
        if (words.length() == 0) return;
        String s = words.toString().stripTrailing();
        double w = g.text().width(s, style, size);
        g.lineAt(s, style, size, color, rtl ? x + width - along - w : x + along, baseline);
        words.setLength(0);
    }

    /** A token's width without the space it ends with: what it adds at a line's end. */
    private static double trimmedWidth(HandoutPage.Page g, Token t, Style style, float size) {
        return t.formula() != null || !t.word().endsWith(" ") ? t.width() : g.text().width(t.word().stripTrailing(), style, size);
    }

    /** Draws the formula with its top left corner at (x, top), the page's top down. */
    private static void place(HandoutPage.Page g, TeXIcon icon, double x, double top) throws IOException {
        // A little room around the box: a glyph's ink can reach beyond its advance, and the form clips at its edge.
        int pad = 2;
        g.vector(x - pad, top - pad, icon.getTrueIconWidth() + 2 * pad, icon.getTrueIconHeight() + 2 * pad, 1, fg -> icon.paintIcon(null, fg, pad, pad));
    }
}
