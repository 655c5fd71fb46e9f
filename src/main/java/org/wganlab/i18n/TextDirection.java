package org.wganlab.i18n;

import java.text.Bidi;

/**
 * Which way a paragraph reads: as its first letter's script does (the Unicode bidirectional
 * algorithm's rule for a paragraph with no stated direction), so an Arabic or Hebrew paragraph
 * reads right to left whatever Latin symbols it carries. One rule for the lesson panel and the
 * handout, so the screen and the page set a paragraph the same way.
 */
public final class TextDirection {
    private TextDirection() {
    }

    public static boolean rightToLeft(String paragraph) {
        return !new Bidi(paragraph, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }
}
