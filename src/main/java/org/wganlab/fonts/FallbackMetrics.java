package org.wganlab.fonts;

import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.font.LineMetrics;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.text.CharacterIterator;

/**
 * A font's metrics as {@link FallbackGraphics2D} draws: a string whose characters need the
 * fallback is as wide as it is drawn, not as wide as the boxes its own font would draw.
 */
final class FallbackMetrics extends FontMetrics {
    private final FontMetrics own;
    private final Graphics2D g;

    FallbackMetrics(FontMetrics own, Graphics2D g) {
        super(own.getFont());
        this.own = own;
        this.g = g;
    }

    /** The width drawn, or NaN where the string needs no fallback. */
    private double drawnWidth(String s) {
        AttributedString runs = FallbackText.attributed(s, getFont());
        return runs == null ? Double.NaN : new TextLayout(runs.getIterator(), g.getFontRenderContext()).getAdvance();
    }

    @Override
    public int stringWidth(String str) {
        double w = drawnWidth(str);
        return Double.isNaN(w) ? own.stringWidth(str) : (int) Math.ceil(w);
    }

    @Override
    public int charsWidth(char[] data, int off, int len) {
        return stringWidth(new String(data, off, len));
    }

    @Override
    public int charWidth(int codePoint) {
        return stringWidth(new String(Character.toChars(codePoint)));
    }

    @Override
    public int charWidth(char ch) {
        return charWidth((int) ch);
    }

    @Override
    public Rectangle2D getStringBounds(String str, Graphics context) {
        Rectangle2D own = this.own.getStringBounds(str, context);
        double w = drawnWidth(str);
        if (!Double.isNaN(w)) own.setRect(own.getX(), own.getY(), w, own.getHeight());
        return own;
    }

    @Override
    public Rectangle2D getStringBounds(String str, int beginIndex, int limit, Graphics context) {
        return getStringBounds(str.substring(beginIndex, limit), context);
    }

    @Override
    public Rectangle2D getStringBounds(char[] chars, int beginIndex, int limit, Graphics context) {
        return getStringBounds(new String(chars, beginIndex, limit - beginIndex), context);
    }

    @Override
    public Rectangle2D getStringBounds(CharacterIterator ci, int beginIndex, int limit, Graphics context) {
        StringBuilder b = new StringBuilder();
        for (char c = ci.setIndex(beginIndex); ci.getIndex() < limit; c = ci.next()) b.append(c);
        return getStringBounds(b.toString(), context);
    }

    // The vertical metrics are the font's own: a line keeps its height whatever script it holds.

    @Override public int getAscent() { return own.getAscent(); }
    @Override public int getDescent() { return own.getDescent(); }
    @Override public int getLeading() { return own.getLeading(); }
    @Override public int getHeight() { return own.getHeight(); }
    @Override public int getMaxAscent() { return own.getMaxAscent(); }
    @Override public int getMaxDescent() { return own.getMaxDescent(); }
    @Override public int getMaxAdvance() { return own.getMaxAdvance(); }
    @Override public int[] getWidths() { return own.getWidths(); }
    @Override public boolean hasUniformLineMetrics() { return own.hasUniformLineMetrics(); }
    @Override public LineMetrics getLineMetrics(String str, Graphics context) { return own.getLineMetrics(str, context); }
    @Override public Rectangle2D getMaxCharBounds(Graphics context) { return own.getMaxCharBounds(context); }
    @Override public java.awt.font.FontRenderContext getFontRenderContext() { return own.getFontRenderContext(); }
}
