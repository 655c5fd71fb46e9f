package org.wganlab.ui;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;
import org.wganlab.i18n.Words;
import org.wganlab.data.Distribution;
import org.wganlab.data.GaussianMixture.Component;
import org.wganlab.data.GaussianMixture;
import org.wganlab.figures.PlaneFigure;
import org.wganlab.figures.PlaneGeometry;

/**
 * Edits a mixture of Gaussians directly on the plane: click to add a component, drag to move
 * one, scroll over one to change its spread, right-click to delete. The training data follows
 * every move at once; one event is recorded per finished edit.
 */
final class MixtureEditor {
    static final double NEW_STD = 0.05;
    private static final double PICK_PIXELS = 14;

    private final FigurePane pane;
    private final PlaneFigure plane;
    private final Supplier<Distribution> current;
    private final BiConsumer<GaussianMixture, Boolean> apply;
    private final Consumer<String> tell;
    private GaussianMixture mixture;
    private int dragging = -1;
    private boolean moved;
    private boolean enabled;
    private final PauseTransition scrollSettled = new PauseTransition(Duration.millis(600));

    private final Words words;

    MixtureEditor(FigurePane pane, PlaneFigure plane, Supplier<Distribution> current, BiConsumer<GaussianMixture, Boolean> apply, Consumer<String> tell, Words words) {
        this.words = words;
        this.pane = pane;
        this.plane = plane;
        this.current = current;
        this.apply = apply;
        this.tell = tell;
        pane.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        pane.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        pane.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        pane.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        scrollSettled.setOnFinished(e -> {
            if (mixture != null) set(mixture, true);
        });
    }

    void setEnabled(boolean on) {
        enabled = on;
        plane.setOptions(plane.options().withEditing(on));
        mixture = null;
        pane.setCursor(on ? Cursor.CROSSHAIR : Cursor.DEFAULT);
        pane.redraw();
    }

    /** Where the plane's data square is on the pane now, from the pane's size (the plane is drawn into all of it). */
    private PlaneGeometry geometry() {
        return plane.geometry(new Rectangle2D.Double(0, 0, pane.getWidth(), pane.getHeight()));
    }

    /** The mixture being edited: the current data if it is a mixture, else none yet. */
    private GaussianMixture base() {
        if (mixture == null && current.get() instanceof GaussianMixture g) mixture = g;
        return mixture;
    }

    private int pick(double px, double py) {
        GaussianMixture m = base();
        if (m == null) return -1;
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        PlaneGeometry geo = geometry();
        Point2D p = geo.toData(px, py);
        double ppu = geo.pixelsPerUnit();
        for (int i = 0; i < m.components().size(); i++) {
            Component c = m.components().get(i);
            double d = Math.hypot(c.mx() - p.getX(), c.my() - p.getY()) * ppu;
            double reach = Math.max(PICK_PIXELS, 2 * c.std() * ppu);
            if (d <= reach && d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    private boolean inPlot(double px, double py) {
        return geometry().contains(px, py);
    }

    private void set(GaussianMixture m, boolean record) {
        mixture = m;
        apply.accept(m, record);
        pane.redraw();
    }

    private void pressed(MouseEvent e) {
        if (!enabled || !inPlot(e.getX(), e.getY())) return;
        int hit = pick(e.getX(), e.getY());
        if (e.getButton() == MouseButton.SECONDARY) {
            if (hit < 0) return;
            List<Component> cs = new ArrayList<>(base().components());
            if (cs.size() == 1) {
                tell.accept(words.get("mixture.lastComponent"));
                return;
            }
            cs.remove(hit);
            set(base().with(cs), true);
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) return;
        if (hit >= 0) {
            dragging = hit;
            moved = false;
        } else {
            Point2D p = geometry().toData(e.getX(), e.getY());
            Component c = Component.isotropic(p.getX(), p.getY(), NEW_STD, 1);
            List<Component> cs = base() == null ? new ArrayList<>() : new ArrayList<>(base().components());
            cs.add(c);
            set(new GaussianMixture(cs), true);
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!enabled || dragging < 0) return;
        Point2D p = geometry().toData(e.getX(), e.getY());
        double x = Math.max(-PlaneFigure.RANGE, Math.min(PlaneFigure.RANGE, p.getX()));
        double y = Math.max(-PlaneFigure.RANGE, Math.min(PlaneFigure.RANGE, p.getY()));
        List<Component> cs = new ArrayList<>(base().components());
        cs.set(dragging, cs.get(dragging).movedTo(x, y));
        moved = true;
        set(base().with(cs), false);
        e.consume();
    }

    private void released(MouseEvent e) {
        if (dragging >= 0 && moved) set(base(), true);
        dragging = -1;
    }

    private void scrolled(ScrollEvent e) {
        if (!enabled || e.getDeltaY() == 0) return;
        int hit = pick(e.getX(), e.getY());
        if (hit < 0) return;
        List<Component> cs = new ArrayList<>(base().components());
        Component c = cs.get(hit);
        double f = e.getDeltaY() > 0 ? 1.15 : 1 / 1.15;
        double std = c.std() * f;
        if (std < 0.005 || std > 2) return;
        cs.set(hit, c.scaled(f));
        set(base().with(cs), false);
        // One event for a run of scroll steps, once the wheel rests.
        scrollSettled.playFromStart();
        e.consume();
    }
}
