/**
 * The seeds' notation: text with LaTeX formulas ({@link org.wganlab.notation.MathText}, parsed
 * and checked where it is read) and one line of it set on any Graphics2D
 * ({@link org.wganlab.notation.MathLine}, a figure's title or caption), the words as text and
 * the formulas typeset by JLaTeXMath. Lessons, the lesson panel and the figures all read it.
 */
package org.wganlab.notation;
