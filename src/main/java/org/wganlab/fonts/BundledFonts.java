package org.wganlab.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The font files inside the application, read from its resources. */
public final class BundledFonts {
    public static final String REGULAR = "DejaVuSans.ttf";
    public static final String BOLD = "DejaVuSans-Bold.ttf";
    public static final String ITALIC = "DejaVuSans-Oblique.ttf";
    /** For what DejaVu lacks: Chinese, Japanese, Korean. */
    public static final String FALLBACK = "DroidSansFallbackFull.ttf";
    private static final String FOLDER = "/org/wganlab/fonts/";

    private BundledFonts() {
    }

    /** The file's bytes; an IOException names a file missing from the application. */
    public static byte[] bytes(String file) throws IOException {
        try (InputStream in = BundledFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) throw new IOException("the font " + file + " is missing from the application");
            return in.readAllBytes();
        }
    }

    /** The fallback as a Java font of size 1, for drawing and measuring: made once, on first use (it is 4 MB to read). */
    public static Font fallback() {
        return Fallback.FONT;
    }

    /** Lazy holder: most drawings never need the fallback, and the JDK copies a created font to a temporary file. */
    private static final class Fallback {
        static final Font FONT = create(FALLBACK);
    }

    private static Font create(String file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
