package org.wganlab.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.wganlab.config.OptimizerSpec;
import org.wganlab.config.RunSpec;
import org.wganlab.figures.Drawing;
import org.wganlab.figures.Figure;
import org.wganlab.figures.PlaneFigure;
import org.wganlab.figures.Views;
import org.wganlab.i18n.Words;
import org.wganlab.notation.MathLine;
import org.wganlab.notation.MathText;
import org.wganlab.train.Snapshot;

/**
 * Several views laid out in one figure, with a caption line giving the dataset, the method and
 * its settings, the iteration and the seed. With all six views it takes the window's layout
 * (the plane large, top left); otherwise an even grid.
 */
public final class Dashboard implements Figure {
    private final List<Figure> parts;
    private Snapshot snapshot;
    private boolean presentation;
    private final Words words;

    public Dashboard(List<Figure> parts) {
        this(parts, Words.english());
    }

    /** With its caption in this language. */
    public Dashboard(List<Figure> parts, Words words) {
        if (parts.isEmpty()) throw new IllegalArgumentException("a dashboard needs at least one view");
        this.parts = List.copyOf(parts);
        this.words = words;
    }

    @Override
    public String id() {
        return Views.DASHBOARD_ID;
    }

    @Override
    public String title() {
        return words.get("dashboard.title");
    }

    @Override
    public void update(Snapshot s) {
        snapshot = s;
        for (Figure f : parts) f.update(s);
    }

    private List<String> ids() {
        return parts.stream().map(Figure::id).toList();
    }

    @Override
    public void addChangeListener(Runnable listener) {
        for (Figure f : parts) f.addChangeListener(listener);
    }

    @Override
    public void setPresentation(boolean on) {
        presentation = on;
        for (Figure f : parts) f.setPresentation(on);
    }

    /** The caption for a snapshot, e.g. "8gaussians · gp, $\lambda = 0.1$ · width 64 × 3 relu · adam lr 0.0005 · ...". */
    public static MathText caption(Snapshot s) {
        return caption(s, Words.english());
    }

    public static MathText caption(Snapshot s, Words words) {
        RunSpec c = s.spec();
        return MathText.parse(words.format("caption.run", MathText.literal(c.data().id()), fixed(c, words), method(c), c.hidden(), c.layers(), c.activation().id,
                c.optimizerKind().id, lr(c, words), c.criticIters(), c.batch(), s.iteration(), c.seed()));
    }

    private static String fixed(RunSpec c, Words words) {
        return c.fixedGenerator() ? " " + words.get("caption.fixedGenerator") : "";
    }

    /** The method and its constant in the paper's symbols: "gp, $\lambda = 10$", "clip, $c = 0.01$". */
    static String method(RunSpec c) {
        return switch (c.method()) {
            case GP, LP -> c.method().id + ", $\\lambda = " + num(c.lambda()) + "$";
            case CLIP -> c.method().id + ", $c = " + num(c.clip()) + "$";
            default -> c.method().id;
        };
    }

    /**
     * The caption of two runs side by side: what each side is (its change, method and
     * optimizer), then what they share, the iteration and the seed.
     */
    public static MathText pairCaption(Snapshot a, String labelA, Snapshot b, String labelB, Words words) {
        RunSpec c = a.spec(), d = b.spec();
        String net = c.network().equals(d.network()) ? " · " + words.format("caption.network", c.hidden(), c.layers(), c.activation().id) : "";
        String it = a.iteration() == b.iteration() ? words.format("caption.iteration", a.iteration()) : words.format("caption.iterations", a.iteration(), b.iteration());
        return MathText.parse(words.format("caption.pair", MathText.literal(labelA), method(c), c.optimizerKind().id, lr(c, words), MathText.literal(labelB),
                method(d), d.optimizerKind().id, lr(d, words), MathText.literal(c.data().id()), fixed(c, words), net, it, c.seed()));
    }

    /** The rate, and with a decay where it falls to: "0.001 → 0.0001 over 2000 it". */
    private static String lr(RunSpec c, Words words) {
        int decay = c.optimizer().lrDecay();
        return decay <= 0 ? num(c.lr()) : words.format("caption.lrDecay", num(c.lr()), num(c.lr() * OptimizerSpec.LR_FLOOR), decay);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+($|e)", "$1$2").replaceAll("\\.($|e)", "$1");
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setColor(Color.WHITE);
        g.fill(area);
        double capH = presentation ? 34 : 26;
        Rectangle2D body = new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), area.getHeight() - capH);
        boolean windowLayout = ids().equals(Views.ids()) && parts.get(0) instanceof PlaneFigure;
        if (windowLayout) {
            double cw = body.getWidth() / 3, rh = body.getHeight() / 3.3;
            Drawing.inCell(g, parts.get(0), body.getX(), body.getY(), 2 * cw, 2 * rh);
            Drawing.inCell(g, parts.get(1), body.getX() + 2 * cw, body.getY(), cw, rh);
            Drawing.inCell(g, parts.get(2), body.getX() + 2 * cw, body.getY() + rh, cw, rh);
            double bottom = body.getHeight() - 2 * rh;
            for (int i = 0; i < 3; i++) Drawing.inCell(g, parts.get(3 + i), body.getX() + i * cw, body.getY() + 2 * rh, cw, bottom);
        } else {
            int n = parts.size();
            int cols = (int) Math.ceil(Math.sqrt(n)), rows = (int) Math.ceil(n / (double) cols);
            double cw = body.getWidth() / cols, rh = body.getHeight() / rows;
            for (int i = 0; i < n; i++) Drawing.inCell(g, parts.get(i), body.getX() + (i % cols) * cw, body.getY() + (i / cols) * rh, cw, rh);
        }
        if (snapshot != null) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, presentation ? 17 : 13));
            g.setColor(Color.DARK_GRAY);
            MathLine.draw(g, caption(snapshot, words), area.getX() + 10, area.getMaxY() - capH / 3, area.getWidth() - 20);
        }
    }
}
