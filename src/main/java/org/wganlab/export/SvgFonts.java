package org.wganlab.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import java.util.function.Function;
import org.jfree.svg.StandardFontFunction;

/**
 * A figure's SVG text in the bundled DejaVu Sans, the font Java measured it with where it runs
 * on Linux: each face the figure uses goes into the file as a subset of the characters it shows
 * (an {@code @font-face} of a TrueType data URL). Without it a reader drew the words in its own
 * sans serif, narrower than the layout, and a caption's words ended short of the formula after
 * them. Characters DejaVu lacks (Chinese, say) fall to the reader's sans serif.
 */
final class SvgFonts {
    /** The family the figures' text names, one word so it needs no quotes in a style attribute. */
    static final String FAMILY = "WGANLabSans";
    /**
     * The tables a browser needs to draw the glyphs. Kerning (kern, GPOS) and substitutions are
     * left out: Java laid the words out without them, and with them a browser set them narrower.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "cmap", "OS/2", "name", "post");
    private static final Pattern TEXT = Pattern.compile("<text\\b([^>]*)>([^<]*)</text>");

    private SvgFonts() {
    }

    /** JFreeSVG's names for Java's fonts, the figures' sans serif named as the embedded family first. */
    static Function<String, String> fontFunction() {
        StandardFontFunction standard = new StandardFontFunction();
        return family -> {
            String mapped = standard.apply(family);
            return "sans-serif".equals(mapped) ? FAMILY + ", sans-serif" : mapped;
        };
    }

    /** The document with the faces its text uses embedded, subset to its characters, and its text's spaces kept. */
    static String embed(String svg) throws IOException {
        Map<PdfText.Style, Set<Integer>> used = new EnumMap<>(PdfText.Style.class);
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            String attributes = m.group(1);
            if (!attributes.contains(FAMILY)) continue;
            PdfText.Style style = attributes.contains("font-weight: bold") ? PdfText.Style.BOLD
                    : attributes.contains("font-style: italic") ? PdfText.Style.ITALIC : PdfText.Style.REGULAR;
            unescape(m.group(2)).codePoints().forEach(c -> used.computeIfAbsent(style, s -> new TreeSet<>()).add(c));
        }
        // A text element's spaces at its ends are layout (the words around a caption's formula):
        // SVG would drop them by default and the words would sit a space off.
        StringBuilder css = new StringBuilder("<defs><style>text{white-space:pre}");
        for (Map.Entry<PdfText.Style, Set<Integer>> e : used.entrySet()) {
            css.append("@font-face{font-family:").append(FAMILY);
            if (e.getKey() == PdfText.Style.BOLD) css.append(";font-weight:bold");
            if (e.getKey() == PdfText.Style.ITALIC) css.append(";font-style:italic");
            css.append(";src:url(data:font/ttf;base64,").append(Base64.getEncoder().encodeToString(subset(e.getKey(), e.getValue()))).append(") format('truetype');}");
        }
        css.append("</style></defs>");
        int open = svg.indexOf('>', svg.indexOf("<svg"));
        return svg.substring(0, open + 1) + css + svg.substring(open + 1);
    }

    private static byte[] subset(PdfText.Style style, Set<Integer> codePoints) throws IOException {
        byte[] bytes;
        try (InputStream in = SvgFonts.class.getResourceAsStream(PdfText.FOLDER + style.file)) {
            if (in == null) throw new IOException("the font " + style.file + " is missing from the application");
            bytes = in.readAllBytes();
        }
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&#39;", "'").replace("&amp;", "&");
    }
}
