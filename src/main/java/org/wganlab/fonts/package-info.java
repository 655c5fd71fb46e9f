/**
 * The fonts the application carries (DejaVu Sans in three faces, Droid Sans Fallback for
 * Chinese, Japanese and Korean) and the one rule for what to do with text a font cannot show:
 * draw those characters in the bundled fallback rather than as empty boxes. The exports embed
 * these files; the screen and PNG draw through {@link org.wganlab.fonts.FallbackGraphics2D}.
 */
package org.wganlab.fonts;
