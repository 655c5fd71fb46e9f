package org.wganlab.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.wganlab.fonts.BundledFonts;
import org.wganlab.fonts.FallbackText;

/**
 * A lesson's words on screen in any script: the runs the machine's fonts cannot show (Chinese
 * on a machine with no Chinese font) as text in the bundled fallback, which JavaFX, like Java2D,
 * would not reach by itself.
 */
final class ScreenFallback {
    /**
     * What the machine's fonts show. JavaFX has no such question; Java2D's sans serif asks the
     * same font configuration JavaFX draws from.
     */
    static final IntPredicate MACHINE = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12)::canDisplay;

    private ScreenFallback() {
    }

    /** Whether any of the words need the fallback on this machine. */
    static boolean needed(String words) {
        return FallbackText.runs(words, MACHINE).stream().anyMatch(FallbackText.Run::fallback);
    }

    /** The words as text nodes in this font and fill, what shown lacks in the bundled fallback at the same size. */
    static List<Text> texts(String words, Font font, Paint fill, IntPredicate shown) {
        List<Text> out = new ArrayList<>();
        for (FallbackText.Run r : FallbackText.runs(words, shown)) {
            Text t = new Text(r.text());
            t.setFont(r.fallback() ? Font.font(family(), font.getSize()) : font);
            t.setFill(fill);
            out.add(t);
        }
        return out;
    }

    /** The bundled fallback's family, loaded into JavaFX on first use (4 MB that most lessons never need). */
    static String family() {
        return Loaded.FAMILY;
    }

    private static final class Loaded {
        static final String FAMILY = load();

        private static String load() {
            try {
                Font f = Font.loadFont(new ByteArrayInputStream(BundledFonts.bytes(BundledFonts.FALLBACK)), 12);
                if (f == null) throw new IllegalStateException("JavaFX cannot load the bundled font " + BundledFonts.FALLBACK);
                return f.getFamily();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
