package org.wganlab.notation;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Text with formulas for a web page: the words as they are, each formula typeset by JLaTeXMath
 * into an inline SVG element of outlines (a browser has none of JLaTeXMath's fonts), sized in
 * CSS pixels for a font of a given size and set on the words' baseline by its depth.
 */
public final class MathSvg {
    /** A display formula's size against the text's, as in the handout. */
    private static final float DISPLAY_SCALE = 1.2f;

    private MathSvg() {
    }

    /**
     * The parts of a text for a page's script: {"text": words} or {"svg": element, "depth":
     * pixels below the baseline, "display": true for a formula on a line of its own}. Every
     * definition inside the elements is named from idPrefix, so one page's formulas do not share
     * names and the same text gives the same page.
     */
    public static List<Map<String, Object>> parts(MathText text, float size, String idPrefix) {
        List<Map<String, Object>> out = new ArrayList<>();
        int n = 0;
        for (MathText.Part p : text.parts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (p.kind() == MathText.Kind.PLAIN) {
                m.put("text", p.text());
            } else {
                boolean display = p.kind() == MathText.Kind.DISPLAY;
                TeXIcon icon = MathLine.typeset(p.text(), display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT,
                        size * (display ? DISPLAY_SCALE : MathLine.INLINE_SCALE));
                m.put("svg", element(icon, idPrefix + "f" + n++));
                m.put("depth", Math.round(icon.getTrueIconDepth() * 100) / 100.0);
                m.put("display", display);
            }
            out.add(m);
        }
        return out;
    }

    /** The formula as one SVG element, its box the glyphs' own. */
    static String element(TeXIcon icon, String ids) {
        int w = Math.max(1, (int) Math.ceil(icon.getTrueIconWidth())), h = Math.max(1, (int) Math.ceil(icon.getTrueIconHeight()));
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        g.setDefsKeyPrefix(ids);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        icon.setForeground(Color.BLACK);
        icon.paintIcon(null, g, 0, 0);
        String svg = g.getSVGElement(ids);
        g.dispose();
        // Sized in CSS pixels; the page's colour, not black, where the text is another.
        return svg.replace("rgb(0,0,0)", "currentColor");
    }
}
