package org.wganlab.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.wganlab.config.JsonFiles;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SpecJson;
import org.wganlab.figures.PlaneFigure;
import org.wganlab.figures.PlaneOptions;
import org.wganlab.train.EvalResult;
import org.wganlab.train.MetricsHistory;
import org.wganlab.train.Snapshot;
import org.wganlab.notation.MathSvg;
import org.wganlab.notation.MathText;
import org.wganlab.train.TrainEvent;

/**
 * A run as one self-contained HTML page students open in any browser, from a USB stick, with
 * no network: the plane at the kept moments (JPEG, embedded), the Wasserstein curves drawn by
 * the page itself with a cursor at the moment shown, the events, the settings and, for a
 * lesson, each step's text. A slider, play, pause, step buttons and the arrow keys move
 * through it. The page's script and style are the resources beside this class; nothing is
 * fetched.
 */
public final class ReplayPage {
    /** At most this many frames: about 40 KB each, so a run's page stays small enough to e-mail. */
    public static final int MAX_FRAMES = 80;
    static final int FRAME_SIZE = 440;
    private static final float JPEG_QUALITY = 0.82f;
    /** The step text's font size in replay.css: its formulas are typeset to match. */
    private static final float STEP_FONT_PX = 14f;

    private final String title;
    private final List<Map<String, Object>> segments = new ArrayList<>();
    private final List<Map<String, Object>> frames = new ArrayList<>();
    /** What the current segment's frames draw on the plane: the step's overlays (the transport plan, the interpolates). */
    private PlaneOptions overlays = PlaneOptions.DEFAULT;

    /** @param title what the page says it shows: the lesson's title, or the run's setup */
    public ReplayPage(String title) {
        this.title = title;
    }

    /**
     * Starts a stretch of frames from one run (a lesson's step; a whole run otherwise), with the
     * words shown beside it (empty for none), which may carry formulas ({@link MathText}).
     */
    public void beginSegment(String heading, String text) {
        beginSegment(heading, text, PlaneOptions.DEFAULT);
    }

    /**
     * As above, its frames drawing these overlays on the plane: a lesson step's, so that the
     * lines its text speaks of (the transport plan, say) are in its pictures.
     */
    public void beginSegment(String heading, String text, PlaneOptions overlays) {
        this.overlays = overlays.withEditing(false);
        Map<String, Object> seg = new LinkedHashMap<>();
        seg.put("heading", heading);
        MathText words = MathText.parse(text);
        seg.put("text", words.plain());
        // The page's script sets the words as text and each formula as the SVG typeset here.
        seg.put("parts", MathSvg.parts(words, STEP_FONT_PX, "s" + segments.size() + "-"));
        segments.add(seg);
    }

    /** Adds a frame of the current segment: the plane drawn now, with the readings beside it. */
    public void add(Snapshot s) {
        if (segments.isEmpty()) beginSegment("", "");
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("segment", segments.size() - 1);
        f.put("iteration", s.iteration());
        f.put("image", "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg(s, overlays)));
        EvalResult e = s.lastEval();
        f.put("w1", e == null ? null : finite(e.w1()));
        f.put("k", e == null ? null : finite(e.lipschitz()));
        f.put("modes", e == null ? null : e.modesCovered() + " of " + e.modesTotal());
        f.put("estimate", s.last() == null ? null : finite(s.last().wEstimate()));
        f.put("method", s.spec().method().label);
        frames.add(f);
        // Past the cap, every other frame goes (the first and the newest stay), as a GIF's frames do.
        if (frames.size() > MAX_FRAMES) {
            for (int i = frames.size() - 2; i > 0; i -= 2) frames.remove(i);
        }
    }

    /** Ends the current segment with its run's curves, events and settings as they stand in this snapshot. */
    public void endSegment(Snapshot last) {
        if (segments.isEmpty()) beginSegment("", "");
        Map<String, Object> seg = segments.get(segments.size() - 1);
        seg.put("settings", SpecJson.write(last.spec()).strip());
        MetricsHistory.View h = last.history();
        Map<String, Object> curves = new LinkedHashMap<>();
        curves.put("iterations", h.iterations());
        curves.put("estimate", finite(h.values()[MetricsHistory.Series.W_ESTIMATE.ordinal()]));
        List<double[]> w1 = new ArrayList<>();
        for (EvalResult e : last.evals()) if (Double.isFinite(e.w1())) w1.add(new double[] {e.iteration(), e.w1()});
        curves.put("w1", w1);
        seg.put("curves", curves);
        List<Map<String, Object>> events = new ArrayList<>();
        for (TrainEvent e : last.events()) events.add(Map.of("iteration", e.iteration(), "text", e.description()));
        seg.put("events", events);
        seg.put("last", last.iteration());
    }

    /** How many frames the page holds. */
    public int frames() {
        return frames.size();
    }

    /** The page; every segment must have been ended. */
    public String html() {
        if (frames.isEmpty()) throw new IllegalStateException("a replay needs at least one moment of the run");
        for (Map<String, Object> seg : segments) if (!seg.containsKey("curves")) throw new IllegalStateException("a segment of the replay was not ended");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", title);
        data.put("segments", segments);
        data.put("frames", frames);
        String json = JsonFiles.write(data).replace("</", "<\\/");
        return resource("replay.html").replace("/*STYLE*/", resource("replay.css")).replace("/*DATA*/", json).replace("/*SCRIPT*/", resource("replay.js"))
                .replace("<!--TITLE-->", escape(title));
    }

    /** Writes the page (through a temporary file); returns its size in bytes. */
    public long write(Path file) throws IOException {
        byte[] bytes = html().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
        return bytes.length;
    }

    /** "gradient penalty on 8gaussians, width 64, seed 0": what the page of a run of this spec says it shows. */
    public static String titleOf(RunSpec spec) {
        return spec.method().label + " on " + spec.data().id() + ", width " + spec.hidden() + ", seed " + spec.seed();
    }

    /** A whole run's page from these of its moments, oldest first (at most {@link #MAX_FRAMES}, evenly by index). */
    public static ReplayPage ofRun(String title, List<Snapshot> moments) {
        return ofRun(title, moments, PlaneOptions.DEFAULT);
    }

    /** As above, the plane drawn with these overlays (the window's, as its teacher set them). */
    public static ReplayPage ofRun(String title, List<Snapshot> moments, PlaneOptions overlays) {
        if (moments.isEmpty()) throw new IllegalArgumentException("a replay needs at least one moment of the run");
        ReplayPage p = new ReplayPage(title);
        p.beginSegment("", "", overlays);
        for (Snapshot s : thin(moments, MAX_FRAMES)) p.add(s);
        p.endSegment(moments.get(moments.size() - 1));
        return p;
    }

    /** At most n of the moments, evenly by index, the first and the last always among them. */
    static List<Snapshot> thin(List<Snapshot> moments, int n) {
        if (moments.size() <= n) return List.copyOf(moments);
        List<Snapshot> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(moments.get((int) Math.round((double) i * (moments.size() - 1) / (n - 1))));
        return out;
    }

    private static byte[] jpeg(Snapshot s, PlaneOptions overlays) {
        PlaneFigure plane = new PlaneFigure();
        plane.setOptions(overlays);
        BufferedImage argb = FigureWriter.renderPng(FigureSet.of(s, plane).plane(), FRAME_SIZE, FRAME_SIZE, 1.0);
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(argb, 0, 0, Color.WHITE, null);
        g.dispose();
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter w = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(JPEG_QUALITY);
            w.setOutput(out);
            w.write(null, new IIOImage(rgb, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            w.dispose();
        }
        return bytes.toByteArray();
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static Double[] finite(double[] v) {
        Double[] out = new Double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = finite(v[i]);
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String resource(String name) {
        try (InputStream in = ReplayPage.class.getResourceAsStream("replay/" + name)) {
            if (in == null) throw new IllegalStateException("the replay page's " + name + " is missing from the app");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
