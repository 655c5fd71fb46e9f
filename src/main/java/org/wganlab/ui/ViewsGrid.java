package org.wganlab.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.layout.RowConstraints;
import org.wganlab.figures.Views;

/**
 * The plane and the charts, laid out two ways: at a desk, the plane at the top left with two
 * charts beside it and four below, in registry order; in presentation mode, the plane large on the left
 * and the three charts a lecture on the Lipschitz constraint points at (Wasserstein, gradient
 * norms, weights) stacked on the right, the others hidden.
 */
final class ViewsGrid extends GridPane {
    /** The charts presentation mode keeps, top to bottom. */
    static final List<String> LECTURE_CHARTS = List.of(Views.WASSERSTEIN.id(), Views.GRAD_NORMS.id(), Views.WEIGHTS.id());

    private final Region plane;
    /** The plane with the timeline under it, in the plane's cell: the charts keep their full height. */
    private final VBox planeCell;
    private final Map<String, Region> charts = new LinkedHashMap<>();
    private List<String> lectureCharts = LECTURE_CHARTS;
    private boolean presentation;

    ViewsGrid(Region plane, Region underThePlane, Map<String, ? extends Region> chartPanes) {
        this.plane = plane;
        this.planeCell = new VBox(plane, underThePlane);
        VBox.setVgrow(plane, Priority.ALWAYS);
        planeCell.setMinSize(0, 0);
        charts.putAll(chartPanes);
        layout(false);
    }

    /** Every view's node, the plane first, by view id (for the context menus). */
    Map<String, Region> nodes() {
        Map<String, Region> all = new LinkedHashMap<>();
        all.put(Views.PLANE.id(), plane);
        all.putAll(charts);
        return all;
    }

    /**
     * The charts presentation mode shows (a lesson step's): the first count given, the usual
     * ones filling up to count; (empty, 3) brings back the usual three.
     */
    void setLectureCharts(List<String> ids, int count) {
        List<String> chosen = new ArrayList<>();
        for (String id : ids) if (charts.containsKey(id) && !chosen.contains(id) && chosen.size() < count) chosen.add(id);
        for (String id : LECTURE_CHARTS) if (chosen.size() < count && !chosen.contains(id)) chosen.add(id);
        lectureCharts = List.copyOf(chosen);
        if (presentation) layout(true);
    }

    List<String> lectureCharts() {
        return lectureCharts;
    }

    void layout(boolean presentation) {
        this.presentation = presentation;
        getChildren().clear();
        getColumnConstraints().clear();
        getRowConstraints().clear();
        if (presentation) {
            columns(62, 38);
            double[] shares = new double[lectureCharts.size()];
            Arrays.fill(shares, 100.0 / shares.length);
            rows(shares);
            add(planeCell, 0, 0, 1, 3);
            for (int i = 0; i < lectureCharts.size(); i++) add(charts.get(lectureCharts.get(i)), 1, i);
            return;
        }
        // Twelve columns: the plane over eight, two charts to its right over four, four charts below over three each.
        double[] twelfths = new double[12];
        Arrays.fill(twelfths, 100 / 12.0);
        columns(twelfths);
        rows(36, 36, 28);
        add(planeCell, 0, 0, 8, 2);
        int[][] slots = {{8, 0, 4}, {8, 1, 4}, {0, 2, 3}, {3, 2, 3}, {6, 2, 3}, {9, 2, 3}};
        int i = 0;
        for (Region chart : charts.values()) {
            if (i < slots.length) add(chart, slots[i][0], slots[i][1], slots[i][2], 1);
            i++;
        }
    }

    private void columns(double... percents) {
        for (double p : percents) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(p);
            getColumnConstraints().add(c);
        }
    }

    private void rows(double... percents) {
        for (double p : percents) {
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(p);
            getRowConstraints().add(r);
        }
    }
}
