/**
 * The seeds' notation: text with LaTeX formulas ({@link org.wganlab.notation.MathText}, parsed
 * and checked where it is read), one line of it set on any Graphics2D
 * ({@link org.wganlab.notation.MathLine}, a figure's title or caption) and its formulas as SVG
 * for a web page ({@link org.wganlab.notation.MathSvg}, the replay page), the words as text and
 * the formulas typeset by JLaTeXMath. Lessons, the lesson panel, the figures and the replay page
 * all read it. {@link org.wganlab.notation.Numbers} writes a number in plain screen text the
 * same way (a power of ten raised, never e-notation).
 */
package org.wganlab.notation;
