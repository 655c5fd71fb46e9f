package org.wganlab.export;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.figures.Views;
import org.wganlab.figures.CriticGrid;
import org.wganlab.figures.Figure;
import org.wganlab.figures.PlaneFigure;
import org.wganlab.nn.MlpEvaluator;
import org.wganlab.train.Snapshot;

/**
 * Fresh figures for one snapshot, independent of anything on screen, so an export can run on
 * any thread while the window goes on drawing. The plane's grid is computed at the paper's
 * 128 x 128 whatever the network width.
 */
public final class FigureSet {
    public static final int GRID_RES = 128;

    private final PlaneFigure plane;
    private final List<Figure> all;
    private final CriticGrid grid;

    private FigureSet(PlaneFigure plane, List<Figure> all, CriticGrid grid) {
        this.plane = plane;
        this.all = all;
        this.grid = grid;
    }

    /** @param options overlays, presentation mode and language to mirror (null: the defaults, in English) */
    public static FigureSet of(Snapshot s, PlaneFigure options) {
        PlaneFigure plane = options == null ? new PlaneFigure() : new PlaneFigure(options.words());
        // The screen's overlays, without the editor's handles: an export shows the data, not the tool.
        if (options != null) plane.setOptions(options.options().withEditing(false));
        plane.update(s);
        CriticGrid grid = gridOf(s, plane.options().warp());
        plane.setGrid(grid);
        List<Figure> all = Views.figures(plane);
        boolean presentation = options != null && options.isPresentation();
        for (Figure f : all) {
            f.setPresentation(presentation);
            if (f != plane) f.update(s);
        }
        return new FigureSet(plane, List.copyOf(all), grid);
    }

    /** The critic on the plane at the exports' resolution (with the generator's warp of a noise grid if asked and it has one). */
    public static CriticGrid gridOf(Snapshot s, boolean warp) {
        return CriticGrid.compute(s.critic(), s.generator(), GRID_RES, -PlaneFigure.RANGE, PlaneFigure.RANGE, warp && !s.spec().fixedGenerator(), new MlpEvaluator());
    }

    public List<Figure> all() {
        return all;
    }

    public PlaneFigure plane() {
        return plane;
    }

    public CriticGrid grid() {
        return grid;
    }

    public Figure byId(String id) {
        for (Figure f : all) if (f.id().equals(id)) return f;
        throw new IllegalArgumentException("no view '" + id + "'");
    }

    /** All views in one figure with a caption. */
    public Dashboard dashboard(Snapshot s) {
        Dashboard d = new Dashboard(all, plane.words());
        d.setPresentation(plane.isPresentation());
        d.update(s);
        return d;
    }

    /** The chosen views (by id, in the order given) in one figure with a caption. */
    public Dashboard composite(Snapshot s, List<String> ids) {
        List<Figure> parts = new ArrayList<>();
        for (String id : ids) parts.add(byId(id));
        Dashboard d = new Dashboard(parts, plane.words());
        d.setPresentation(plane.isPresentation());
        d.update(s);
        return d;
    }

    /** A composite's logical size: the dashboard's, scaled to how many views it holds. */
    public static int[] compositeSize(int views) {
        int cols = (int) Math.ceil(Math.sqrt(views)), rows = (int) Math.ceil(views / (double) cols);
        return new int[] {Math.max(820, 700 * cols), 560 * rows + 30};
    }

    /** Default logical size of a view or the dashboard (PNG pixels at scale 1, SVG units, PDF points). */
    public static int[] sizeOf(String id) {
        return Views.sizeOf(id);
    }
}
