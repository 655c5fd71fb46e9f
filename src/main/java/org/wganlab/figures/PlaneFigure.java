package org.wganlab.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.wganlab.i18n.Words;
import org.wganlab.autodiff.Tensor;
import org.wganlab.data.GaussianMixture;
import org.wganlab.train.Snapshot;

/**
 * The plane: the critic's value surface as a heatmap with contour lines and a colour legend,
 * real and generated samples on top, and optional overlays (interpolates, the generator's
 * gradient arrows, the generator's image of a noise grid, where ||grad C|| exceeds 1).
 * The heatmap is one embedded image, so vector exports stay light.
 */
public final class PlaneFigure implements Figure {
    public static final double RANGE = 3.0;
    public static final Color REAL = new Color(0x1b9e3e);
    public static final Color FAKE = new Color(0xd81b8c);
    /** Dark, not white: dense real samples would otherwise merge into white blobs. */
    private static final Color REAL_EDGE = new Color(0x0b4d1c);

    private Snapshot snapshot;
    private CriticGrid grid;
    private boolean presentation;
    private PlaneOptions options = PlaneOptions.DEFAULT;
    /** The surface, its shading and contours, and what it keeps of them between frames. */
    private final HeatmapLayer heatmap;
    /** On screen in software rendering: the sample marks stamped from images (null: drawn as vector shapes). */
    private final MarkSprites sprites;
    /** The geometry of the drawing in progress. */
    private PlaneGeometry geo;

    /** A plane for exports: the small heatmap embedded as it is. */
    public PlaneFigure() {
        this(false, Words.english());
    }

    /** A plane for exports, its words (and those of the charts of its set) in this language. */
    public PlaneFigure(Words words) {
        this(false, words);
    }

    private final Words words;
    private String headingPrefix = "";
    /** A heading of its own in place of the computed one (a panel of a paper's figure), or null. */
    private String fixedHeading;

    /** @param cacheScaledHeatmap keep the heatmap scaled to the plot between frames (on screen, in software rendering) */
    public PlaneFigure(boolean cacheScaledHeatmap) {
        this(cacheScaledHeatmap, Words.english());
    }

    public PlaneFigure(boolean cacheScaledHeatmap, Words words) {
        this.words = words;
        this.heatmap = new HeatmapLayer(cacheScaledHeatmap);
        this.sprites = cacheScaledHeatmap ? new MarkSprites() : null;
    }

    @Override
    public String id() {
        return Views.PLANE.id();
    }

    @Override
    public String title() {
        return words.get("plane.title");
    }

    /** The language of the plane's words; the charts made with it ({@link Views#figures}) speak it too. */
    public Words words() {
        return words;
    }

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        for (Runnable l : listeners) l.run();
    }

    @Override
    public void update(Snapshot s) {
        snapshot = s;
        changed();
    }

    public PlaneOptions options() {
        return options;
    }

    public void setOptions(PlaneOptions o) {
        options = Objects.requireNonNull(o);
        changed();
    }

    /** This heading instead of "Critic C(x) and samples, iteration ..." (null: the computed one). */
    public void setHeading(String heading) {
        fixedHeading = heading;
        changed();
    }

    /** Put before the heading, e.g. "A · " for one side of a comparison. */
    public void setHeadingPrefix(String prefix) {
        headingPrefix = prefix == null ? "" : prefix;
        changed();
    }

    public void setGrid(CriticGrid g) {
        grid = g;
        changed();
    }

    public CriticGrid grid() {
        return grid;
    }

    @Override
    public void setPresentation(boolean on) {
        presentation = on;
        changed();
    }

    public boolean isPresentation() {
        return presentation;
    }

    private float scale() {
        return presentation ? 1.6f : 1f;
    }

    /** The time spent scaling new grids to the plot on screen since the last call: what a grid costs to show, beyond computing it. */
    public long takeScalingNanos() {
        return heatmap.takeScalingNanos();
    }

    /** Where the data square sits when the plane is drawn into area (for mapping mouse positions). */
    public PlaneGeometry geometry(Rectangle2D area) {
        return PlaneGeometry.of(area, scale(), RANGE);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        float s = scale();
        g.setColor(Color.WHITE);
        g.fill(area);
        Font titleFont = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(14 * s));
        Font tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(11 * s));
        geo = geometry(area);
        Rectangle2D plot = geo.plot();
        PlaneOptions o = options;

        g.setFont(titleFont);
        g.setColor(Color.DARK_GRAY);
        String title = headingPrefix + (fixedHeading != null ? fixedHeading : heading(snapshot, presentation, words));
        g.drawString(fit(g, title, area.getWidth() - 8), (float) (area.getX() + 6), (float) (area.getY() + 20 * s));

        if (grid != null) heatmap.draw(g, plot, grid, o.gradMap(), o.contours(), s);
        else {
            g.setColor(new Color(0xf2f2f2));
            g.fill(plot);
        }
        if (grid != null && o.warp() && grid.warpLines() != null) drawWarp(g, plot);
        if (snapshot != null) {
            if (o.interpolates()) drawMarks(g, plot, snapshot.samples().interpolates(), false, null, new Color(90, 90, 90, 150), 1.3f * s);
            drawMarks(g, plot, snapshot.samples().real(), false, REAL, REAL_EDGE, 2.4f * s);
            drawMarks(g, plot, snapshot.samples().fake(), true, FAKE, Color.WHITE, 2.9f * s);
            if (o.arrows()) drawArrows(g, plot, s);
            // Over the display samples: the coupling is of the evaluation's own points, its lines must stay visible.
            if (o.transport()) TransportLines.draw(g, geo, snapshot.plan(), s);
            // On top of the points: the handles are what the editor's user grabs.
            if (o.editing()) drawMixtureHandles(g, plot);
        }
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.draw(plot);
        PlaneFrame.ticks(g, geo, tickFont, RANGE);
        PlaneFrame.colorBar(g, plot, tickFont, s, words, grid, snapshot != null && !snapshot.spec().method().isWasserstein() ? "D(x)" : "C(x)");
        PlaneFrame.legend(g, plot, tickFont, s, o, words);
    }

    /** The plane's heading: what the surface is (a critic, or the standard GAN's discriminator), the iteration and the method. */
    static String heading(Snapshot s, boolean brief, Words words) {
        if (s == null) return words.get("plane.heading.empty");
        String what = words.get(s.spec().method().isWasserstein() ? "plane.critic" : "plane.discriminator");
        // In presentation mode the large font leaves room for the essentials only.
        if (brief) return words.format("plane.heading.brief", what, s.iteration(), s.spec().method().id);
        return words.format("plane.heading", what, s.iteration(), words.get("method." + s.spec().method().id + ".name"));
    }

    private static String fit(Graphics2D g, String text, double width) {
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(text) <= width) return text;
        String t = text;
        while (t.length() > 4 && fm.stringWidth(t + "…") > width) t = t.substring(0, t.length() - 1);
        return t + "…";
    }

    private void drawWarp(Graphics2D g, Rectangle2D plot) {
        g.setStroke(new BasicStroke(0.9f * scale()));
        g.setColor(new Color(60, 60, 60, 120));
        Shape oldClip = g.getClip();
        g.clip(plot);
        for (float[] line : grid.warpLines()) {
            Path2D.Float p = new Path2D.Float();
            for (int i = 0; i < line.length; i += 2) {
                double x = geo.px(line[i]), y = geo.py(line[i + 1]);
                if (i == 0) p.moveTo(x, y); else p.lineTo(x, y);
            }
            g.draw(p);
        }
        g.setClip(oldClip);
    }

    /**
     * All marks of one kind as one path, filled then outlined: one element per kind in SVG
     * and PDF instead of two per point, which keeps vector exports light.
     */
    private void drawMarks(Graphics2D g, Rectangle2D plot, Tensor pts, boolean diamonds, Color fill, Color edge, float r) {
        if (sprites != null) {
            sprites.draw(g, plot, geo, pts.data, pts.rows, diamonds, fill, edge, r);
            return;
        }
        Path2D.Double marks = new Path2D.Double();
        for (int i = 0; i < pts.rows; i++) {
            float x = pts.data[2 * i], y = pts.data[2 * i + 1];
            if (!Float.isFinite(x) || !Float.isFinite(y)) continue;
            marks.append(diamonds ? PlaneFrame.diamond(geo.px(x), geo.py(y), r) : PlaneFrame.dot(geo.px(x), geo.py(y), r), false);
        }
        paintMarks(g, plot, marks, fill, edge);
    }

    private void paintMarks(Graphics2D g, Rectangle2D plot, Path2D marks, Color fill, Color edge) {
        Shape oldClip = g.getClip();
        g.clip(plot);
        g.setStroke(new BasicStroke(0.6f));
        if (fill != null) {
            g.setColor(fill);
            g.fill(marks);
            g.setColor(edge);
            g.draw(marks);
        } else {
            g.setColor(edge);
            g.fill(marks);
        }
        g.setClip(oldClip);
    }

    private void drawArrows(Graphics2D g, Rectangle2D plot, float s) {
        Tensor f = snapshot.samples().fake(), d = snapshot.samples().fakeGrad();
        // An absolute scale, the same for every run: a push of norm 1 is 0.35 data units, so a vanishing
        // gradient shows as vanishing arrows; a steep critic's are capped at twice that.
        double maxNorm = 1e-12;
        for (int i = 0; i < d.rows; i++) maxNorm = Math.max(maxNorm, Math.hypot(d.data[2 * i], d.data[2 * i + 1]));
        double unit = maxNorm > 2 ? 0.7 / maxNorm : 0.35;
        Shape oldClip = g.getClip();
        g.clip(plot);
        g.setColor(new Color(20, 20, 20, 170));
        g.setStroke(new BasicStroke(0.9f * s));
        Path2D.Double arrows = new Path2D.Double();
        for (int i = 0; i < f.rows; i += 2) {
            double x = f.data[2 * i], y = f.data[2 * i + 1];
            double ex = x + unit * d.data[2 * i], ey = y + unit * d.data[2 * i + 1];
            double ax = geo.px(x), ay = geo.py(y), bx = geo.px(ex), by = geo.py(ey);
            if (!Double.isFinite(bx) || !Double.isFinite(by)) continue;
            arrows.append(new Line2D.Double(ax, ay, bx, by), false);
            double ang = Math.atan2(by - ay, bx - ax), h = 4 * s;
            if (Math.hypot(bx - ax, by - ay) > h) {
                arrows.append(new Line2D.Double(bx, by, bx - h * Math.cos(ang - 0.45), by - h * Math.sin(ang - 0.45)), false);
                arrows.append(new Line2D.Double(bx, by, bx - h * Math.cos(ang + 0.45), by - h * Math.sin(ang + 0.45)), false);
            }
        }
        g.draw(arrows);
        g.setClip(oldClip);
    }

    private void drawMixtureHandles(Graphics2D g, Rectangle2D plot) {
        if (!(snapshot.distribution() instanceof GaussianMixture gm)) return;
        g.setStroke(new BasicStroke(1.4f * scale(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {4f, 3f}, 0f));
        for (GaussianMixture.Component c : gm.components()) {
            double r = Math.max(6, 2 * c.std() * geo.pixelsPerUnit());
            double x = geo.px(c.mx()), y = geo.py(c.my());
            g.setColor(new Color(0, 0, 0, 160));
            g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            g.draw(new Line2D.Double(x - 4, y, x + 4, y));
            g.draw(new Line2D.Double(x, y - 4, x, y + 4));
        }
    }
}
