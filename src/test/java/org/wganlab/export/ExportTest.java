package org.wganlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.wganlab.config.Method;
import org.wganlab.config.RunSpec;
import org.wganlab.figures.ChartFigure;
import org.wganlab.figures.Figure;
import org.wganlab.notation.MathText;
import org.wganlab.train.Snapshot;
import org.wganlab.train.Trainer;

class ExportTest {
    static Snapshot snapshot;
    static FigureSet set;

    @BeforeAll
    static void train() {
        Trainer t = new Trainer(RunSpec.defaults().withHidden(32).withBatch(64).withThreads(1));
        for (int i = 0; i < 20; i++) t.generatorIteration();
        t.apply(t.spec().withMethod(Method.CLIP));
        for (int i = 0; i < 5; i++) t.generatorIteration();
        snapshot = t.snapshot(List.of());
        set = FigureSet.of(snapshot, null);
    }

    /** A parser that does not fetch the SVG DTD from the network. */
    private static DocumentBuilder xml() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder();
    }

    private static String text(Document d) {
        return d.getDocumentElement().getTextContent();
    }

    /** A full disk once ended in ImageIO's exit hook failing on its cache file (a NullPointerException trace after our message): no cache file. */
    @Test
    void imagesAreWrittenWithoutImageIOsCacheFile(@TempDir Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve("x.txt"), "x");
        Assertions.assertFalse(ImageIO.getUseCache());
    }

    @Test
    void svgParsesAsXmlAndCarriesTitleAndAxisLabels(@TempDir Path dir) throws Exception {
        String[][] expect = {
            {"wasserstein", "Wasserstein distance", "generator iteration", "distance"},
            {"grad-norms", "Critic gradient norms", "points"},
            {"weights", "Critic weights", "weight value", "weights"},
            {"losses", "Losses", "generator iteration", "loss"},
            {"layer-grads", "Gradient of L_C per layer", "hidden layer"},
            {"plane", "Critic C(x) and samples", "real", "generated"}};
        for (String[] e : expect) {
            Path f = dir.resolve(e[0] + ".svg");
            FigureWriter.write(set.byId(e[0]), Format.SVG, f, 800, 520, 1);
            Document d = xml().parse(f.toFile());
            assertEquals("svg", d.getDocumentElement().getNodeName());
            String t = text(d);
            for (int i = 1; i < e.length; i++) assertTrue(t.contains(e[i]), e[0] + " lacks '" + e[i] + "'");
        }
        String plane = Files.readString(dir.resolve("plane.svg"));
        assertEquals(1, count(plane, "<image"), "the heatmap is one embedded image");
        assertTrue(plane.length() < 600_000, "plane.svg stays light: " + plane.length());
        assertTrue(text(xml().parse(dir.resolve("wasserstein.svg").toFile())).contains("gp → clip"),
                "the live switch is labelled");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    @Test
    void pdfHasOnePageOfTheChosenSizeAndItsLabelsAsTextInEmbeddedFonts(@TempDir Path dir) throws Exception {
        for (String id : List.of("weights", "grad-norms")) {
            Figure fig = set.byId(id);
            Path f = dir.resolve(id + ".pdf");
            FigureWriter.write(fig, Format.PDF, f, 640, 480, 1);
            try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                assertEquals(1, doc.getNumberOfPages());
                PDRectangle box = doc.getPage(0).getMediaBox();
                assertEquals(640f, box.getWidth(), 1e-3f);
                assertEquals(480f, box.getHeight(), 1e-3f);
                assertEquals(fig.title(), doc.getDocumentInformation().getTitle());
                // The chart's title and its horizontal axis (a rotated label reads letter by letter) as a reader searches them: text, not outlines.
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertTrue(text.contains(fig.title()), id + ": '" + fig.title() + "' in " + text);
                String axis = ((ChartFigure) fig).chart().getXYPlot().getDomainAxis().getLabel();
                assertTrue(text.contains(axis), id + ": '" + axis + "' in " + text);
                List<String> fonts = new ArrayList<>();
                PdfFonts.collect(doc.getPage(0).getResources(), fonts);
                assertFalse(fonts.isEmpty(), id + " has fonts");
            }
        }
    }

    @Test
    void pngHasTheChosenPixelSizeAndIsNotBlank(@TempDir Path dir) throws Exception {
        for (Figure fig : set.all()) {
            Path f = dir.resolve(fig.id() + ".png");
            FigureWriter.write(fig, Format.PNG, f, 400, 300, 2.0);
            BufferedImage img = ImageIO.read(f.toFile());
            assertEquals(800, img.getWidth(), fig.id());
            assertEquals(600, img.getHeight(), fig.id());
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < img.getHeight(); y += 3) for (int x = 0; x < img.getWidth(); x += 3) colours.add(img.getRGB(x, y));
            assertTrue(colours.size() > 20, fig.id() + " has " + colours.size() + " colours");
        }
    }

    @Test
    void theDashboardCarriesItsCaption(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("dashboard.svg");
        FigureWriter.write(set.dashboard(snapshot), Format.SVG, f, 1600, 1000, 1);
        String t = text(xml().parse(f.toFile()));
        MathText caption = Dashboard.caption(snapshot);
        assertTrue(caption.parts().contains(new MathText.Part(MathText.Kind.INLINE, "c = 0.01")), caption.plain());
        assertTrue(caption.plain().contains("iteration 25") && caption.plain().contains("seed 0"), caption.plain());
        assertCaptionIn(caption, t, Files.readString(f));
    }

    @Test
    void svgTextIsSetInAnEmbeddedSubsetOfTheFontJavaMeasuredItWith(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("dashboard.svg");
        FigureWriter.write(set.dashboard(snapshot), Format.SVG, f, 1600, 1000, 1);
        String svg = Files.readString(f);
        assertTrue(svg.contains("text{white-space:pre}"), "a text's spaces at its ends are kept");
        assertTrue(svg.contains("font-family: " + SvgFonts.FAMILY + ", " + SvgFonts.FALLBACK_FAMILY + ", sans-serif"), "the figures' text names the embedded families");
        assertFalse(svg.contains("font-family: sans-serif"), "no text left in the reader's own sans serif");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("@font-face\\{font-family:" + SvgFonts.FAMILY + "(;font-weight:bold)?;src:url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)").matcher(svg);
        int faces = 0;
        while (m.find()) {
            faces++;
            byte[] ttf = java.util.Base64.getDecoder().decode(m.group(2));
            try (var font = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(ttf))) {
                assertTrue(font.getUnicodeCmapLookup().getGlyphId('e') > 0, "the subset draws the figure's letters");
                assertTrue(font.getNumberOfGlyphs() < 200, "a subset of DejaVu's 6000 glyphs: " + font.getNumberOfGlyphs());
                assertTrue(font.getTableMap().get("kern") == null && font.getTableMap().get("GPOS") == null, "no kerning Java did not lay out");
            }
        }
        assertEquals(2, faces, "the regular face and the titles' bold");
        assertFalse(svg.contains("font-family:" + SvgFonts.FALLBACK_FAMILY + ";"), "no CJK face where no text needs one");
    }

    @Test
    void svgTextInChineseCarriesTheBundledCjkFontsGlyphs(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("chinese.svg");
        org.wganlab.figures.Drawing d = new org.wganlab.figures.Drawing() {
            public String title() {
                return "生成对抗网络";
            }

            public void draw(java.awt.Graphics2D g, java.awt.geom.Rectangle2D area) {
                g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 14));
                g.drawString("Wasserstein 生成对抗网络", 10, 30);
            }
        };
        FigureWriter.write(d, Format.SVG, f, 300, 60, 1);
        String svg = Files.readString(f);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("@font-face\\{font-family:" + SvgFonts.FALLBACK_FAMILY + ";src:url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)").matcher(svg);
        assertTrue(m.find(), "a CJK face for the Chinese words");
        try (var font = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(java.util.Base64.getDecoder().decode(m.group(1))))) {
            assertTrue(font.getUnicodeCmapLookup().getGlyphId('对') > 0, "its glyphs");
            assertTrue(font.getNumberOfGlyphs() < 20, "only the six characters (and .notdef): " + font.getNumberOfGlyphs());
        }
        assertTrue(svg.contains("@font-face{font-family:" + SvgFonts.FAMILY + ";"), "the Latin words in DejaVu");
    }

    /** The caption's words are the SVG's text; its formulas are outlines, not text in JLaTeXMath's fonts, which a reader lacks. */
    private static void assertCaptionIn(MathText caption, String text, String svg) {
        for (MathText.Part p : caption.parts()) {
            if (p.kind() == MathText.Kind.PLAIN) assertTrue(text.contains(p.text()), "caption words \"" + p.text() + "\" in " + text);
        }
        assertFalse(text.contains("$") || text.contains("\\"), "no formula as its source: " + text);
        assertFalse(svg.contains("jlm_"), "no glyph in JLaTeXMath's fonts");
    }

    @Test
    void aCompositeOfChosenViewsHoldsThoseViewsAndTheCaption(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("composite.svg");
        int[] size = FigureSet.compositeSize(2);
        FigureWriter.write(set.composite(snapshot, List.of("weights", "wasserstein")), Format.SVG, f, size[0], size[1], 1);
        String t = text(xml().parse(f.toFile()));
        assertTrue(t.contains("Critic weights") && t.contains("Wasserstein distance"), "both chosen views");
        assertTrue(!t.contains("Losses") && !t.contains("Critic gradient norms"), "and no others");
        assertCaptionIn(Dashboard.caption(snapshot), t, Files.readString(f));
    }

    @Test
    void csvFilesHaveAHeaderAndOneRowPerItem(@TempDir Path dir) throws Exception {
        DataExport.writeAll(snapshot, set.grid(), dir);
        List<String> samples = Files.readAllLines(dir.resolve("samples.csv"));
        assertEquals("kind,x,y", samples.get(0));
        assertEquals(1 + snapshot.samples().real().rows + snapshot.samples().fake().rows + snapshot.samples().interpolates().rows, samples.size());
        List<String> grid = Files.readAllLines(dir.resolve("critic-grid.csv"));
        assertEquals("x,y,critic", grid.get(0));
        assertEquals(1 + FigureSet.GRID_RES * FigureSet.GRID_RES, grid.size());
        List<String> history = Files.readAllLines(dir.resolve("history.csv"));
        assertTrue(history.get(0).startsWith("iter,w_estimate"));
        assertEquals(1 + snapshot.history().size(), history.size());
        List<String> events = Files.readAllLines(dir.resolve("events.csv"));
        assertEquals(1 + snapshot.events().size(), events.size());
        assertTrue(Files.readString(dir.resolve("config.json")).contains("\"mode\": \"clip\""));
    }

    @Test
    void theGifHasTheExpectedFrameCount(@TempDir Path dir) throws Exception {
        Trainer t = new Trainer(RunSpec.defaults().withHidden(16).withBatch(32).withThreads(1));
        FrameRecorder rec = new FrameRecorder(5, null);
        for (int i = 0; i < 20; i++) {
            t.generatorIteration();
            rec.offer(t.snapshot(List.of()));
        }
        assertEquals(4, rec.size(), "iterations 1, 6, 11, 16");
        Path gif = dir.resolve("training.gif");
        rec.writeGif(gif, 100);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
            r.setInput(in);
            assertEquals(4, r.getNumImages(true));
            assertEquals(FrameRecorder.FRAME_SIZE, r.getWidth(0));
        }
    }

    @Test
    void aFailedWriteNeverReplacesAGoodFileAndLeavesNoDebris(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("plane.png");
        Files.writeString(good, "good");
        assertThrows(IOException.class, () -> AtomicFiles.write(good, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("good", Files.readString(good));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary files left behind");
        }
        Path blocker = dir.resolve("afile");
        Files.writeString(blocker, "x");
        assertThrows(IOException.class, () -> FigureWriter.write(set.byId("losses"), Format.SVG, blocker.resolve("losses.svg"), 400, 300, 1));
    }
}
