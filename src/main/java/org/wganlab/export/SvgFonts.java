package org.wganlab.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.wganlab.fonts.BundledFonts;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jfree.svg.StandardFontFunction;

/**
 * A figure's SVG text in the bundled DejaVu Sans, the font Java measured it with where it runs
 * on Linux: each face the figure uses goes into the file as a subset of the characters it shows
 * (an {@code @font-face} of a TrueType data URL). Without it a reader drew the words in its own
 * sans serif, narrower than the layout, and a caption's words ended short of the formula after
 * them. Characters DejaVu lacks (Chinese, say) come from the bundled CJK font, subset the same way.
 */
final class SvgFonts {
    /** The family the figures' text names, one word so it needs no quotes in a style attribute. */
    static final String FAMILY = "WGANLabSans";
    /** The family of the bundled CJK font, second in the list: a reader takes a character from it where the first lacks it. */
    static final String FALLBACK_FAMILY = "WGANLabCJK";
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
            return "sans-serif".equals(mapped) ? FAMILY + ", " + FALLBACK_FAMILY + ", sans-serif" : mapped;
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
        Set<Integer> lacking = new TreeSet<>();
        for (Map.Entry<PdfText.Style, Set<Integer>> e : used.entrySet()) {
            String descriptors = e.getKey() == PdfText.Style.BOLD ? ";font-weight:bold" : e.getKey() == PdfText.Style.ITALIC ? ";font-style:italic" : "";
            face(css, FAMILY, descriptors, subset(e.getKey().file, e.getValue(), lacking));
        }
        // What DejaVu lacks (Chinese, say) from the bundled CJK font, in one face for every style.
        if (!lacking.isEmpty()) face(css, FALLBACK_FAMILY, "", subset(BundledFonts.FALLBACK, lacking, new TreeSet<>()));
        css.append("</style></defs>");
        int open = svg.indexOf('>', svg.indexOf("<svg"));
        return svg.substring(0, open + 1) + css + svg.substring(open + 1);
    }

    private static void face(StringBuilder css, String family, String descriptors, byte[] ttf) {
        css.append("@font-face{font-family:").append(family).append(descriptors)
                .append(";src:url(data:font/ttf;base64,").append(Base64.getEncoder().encodeToString(ttf)).append(") format('truetype');}");
    }

    /** The font file's glyphs for these characters as a TrueType file; the characters it lacks go into lacking. */
    private static byte[] subset(String file, Set<Integer> codePoints, Set<Integer> lacking) throws IOException {
        byte[] bytes = BundledFonts.bytes(file);
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
            for (int c : codePoints) {
                if (cmap.getGlyphId(c) > 0) subsetter.add(c);
                else if (!Character.isWhitespace(c)) lacking.add(c);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&#39;", "'").replace("&amp;", "&");
    }
}
