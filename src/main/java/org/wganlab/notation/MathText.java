package org.wganlab.notation;

import java.util.ArrayList;
import java.util.List;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.wganlab.i18n.Refused;

/**
 * A lesson's text with its mathematics: plain stretches, inline formulas ({@code $...$}) and
 * display formulas ({@code $$...$$}, set on a line of their own), in LaTeX notation typeset by
 * JLaTeXMath. {@code \$} is a dollar sign. Every formula is parsed when the lesson is read, so a
 * malformed one is refused with where it starts, not drawn as an error in front of a class.
 */
public record MathText(List<Part> parts) {
    /** A stretch of the text: plain words, or a formula's LaTeX source. */
    public record Part(Kind kind, String text) {
    }

    public enum Kind {
        PLAIN, INLINE, DISPLAY
    }

    public MathText {
        parts = List.copyOf(parts);
    }

    /** Words only, taken as they are: a dollar sign in them is a dollar sign. */
    public static MathText words(String text) {
        return new MathText(List.of(new Part(Kind.PLAIN, text)));
    }

    /**
     * The text's parts; an IllegalArgumentException names the formula's place (its character
     * in the text, counted from 1) and JLaTeXMath's reason, or the unclosed dollar.
     */
    public static MathText parse(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                plain.append('$');
                i += 2;
                continue;
            }
            if (c != '$') {
                plain.append(c);
                i++;
                continue;
            }
            boolean display = i + 1 < text.length() && text.charAt(i + 1) == '$';
            String fence = display ? "$$" : "$";
            int start = i + fence.length(), end = closing(text, start, fence);
            if (end < 0) throw new Refused("refusal.formula.unclosed", i + 1, fence);
            String source = text.substring(start, end).strip();
            if (source.isEmpty()) throw new Refused("refusal.formula.empty", i + 1);
            check(source, i + 1);
            if (plain.length() > 0) parts.add(new Part(Kind.PLAIN, plain.toString()));
            plain.setLength(0);
            parts.add(new Part(display ? Kind.DISPLAY : Kind.INLINE, source));
            i = end + fence.length();
        }
        if (plain.length() > 0) parts.add(new Part(Kind.PLAIN, plain.toString()));
        return new MathText(parts);
    }

    /** Where the fence closes from start on (an escaped dollar does not close it), or -1. */
    private static int closing(String text, int start, String fence) {
        for (int j = start; j < text.length(); j++) {
            if (text.charAt(j) == '\\') {
                j++;
                continue;
            }
            if (text.startsWith(fence, j)) return j;
        }
        return -1;
    }

    private static void check(String source, int at) {
        int depth = 0;
        for (int j = 0; j < source.length() && depth >= 0; j++) {
            char c = source.charAt(j);
            if (c == '\\') j++;
            else if (c == '{') depth++;
            else if (c == '}') depth--;
        }
        // JLaTeXMath draws an unclosed group as if it were closed: refused here instead.
        if (depth != 0) throw new Refused("refusal.formula.braces", at, source);
        try {
            new TeXFormula(source);
        } catch (ParseException e) {
            throw new Refused("refusal.formula.latex", at, source, String.valueOf(e.getMessage()));
        }
    }

    /** Words a user typed (a label, a name), safe to put into a text that {@link #parse} reads: each dollar stays a dollar. */
    public static String literal(String words) {
        return words.replace("$", "\\$");
    }

    /** The text as a reader says it, formulas as their LaTeX source: for a plain-text place such as a status line. */
    public String plain() {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) b.append(p.text);
        return b.toString();
    }

    public boolean hasMath() {
        return parts.stream().anyMatch(p -> p.kind != Kind.PLAIN);
    }
}
