package org.wganlab.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.wganlab.compare.Comparison;
import org.wganlab.compare.ReadyComparison;
import org.wganlab.compare.RunPair;
import org.wganlab.compare.Side;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SettingsChange;
import org.wganlab.config.SpecException;
import org.wganlab.export.ComparisonExport;
import org.wganlab.export.Format;
import org.wganlab.figures.PairCharts;
import org.wganlab.figures.PlaneFigure;
import org.wganlab.i18n.Words;
import org.wganlab.lab.LabController;
import org.wganlab.train.SessionState;
import org.wganlab.train.Timeline;
import org.wganlab.train.Snapshot;
import org.wganlab.train.Threads;

/**
 * Two runs side by side in a window of their own: the same seed and data (the main window's
 * current setup), each side changing what its field says; both planes above, their curves on
 * shared axes below, one Play, Pause and Step. Each side trains on one core of its own.
 */
final class CompareWindow {
    private final Stage stage = new Stage();
    private final Supplier<RunSpec> base;
    final TextField a = new TextField(), b = new TextField();
    final ChoiceBox<ReadyComparison> ready = new ChoiceBox<>();
    final Button start, play, step, reset, export;
    final Label watch = new Label(), sideA = new Label(), sideB = new Label(), status = new Label(), notice = new Label();
    private final PlaneFigure planeA, planeB;
    private final FigurePane paneA, paneB;
    private final Words words;
    private final List<PairCharts.PairChart> charts;
    private final List<FigurePane> chartPanes = new ArrayList<>();
    private final HeatmapWorker heatA = new HeatmapWorker(), heatB = new HeatmapWorker();
    private final FrameLoop loop;
    private RunPair pair;
    private static final Timeline NONE = new Timeline();
    /** One timeline for both sides: side A's moments, side B shown at the same iterations. */
    final TimelineBar timelineBar;
    /** What the planes show: both sides' live versions, or a kept moment (looking back). */
    private Object shownKey;
    private final PairRate rate = new PairRate();
    private HBox fields;
    private GridPane grid;

    /** @param base the shared setup each new comparison starts from (the main window's current one) */
    CompareWindow(Window owner, Supplier<RunSpec> base, Words words) {
        this.words = words;
        start = new Button(words.get("compare.start"));
        play = new Button(words.get("control.play"));
        step = new Button(words.get("compare.step"));
        reset = new Button(words.get("control.reset"));
        export = new Button(words.get("compare.export"));
        charts = List.of(new PairCharts.Wasserstein(words), new PairCharts.Lipschitz(words), new PairCharts.GradNorms(words), new PairCharts.Weights(words));
        timelineBar = new TimelineBar(stage, new TimelineBar.Source(() -> pair == null ? NONE : pair.timeline(Side.A), () -> {
            if (pair != null) pair.pause();
        }, this::continueBoth), text -> notice.setText(text), words);
        this.base = base;
        boolean viaImage = MainView.planeViaImage();
        planeA = new PlaneFigure(viaImage, words);
        planeB = new PlaneFigure(viaImage, words);
        planeA.setHeadingPrefix("A · ");
        planeB.setHeadingPrefix("B · ");
        paneA = new FigurePane(planeA, "compare-plane-a", viaImage);
        paneB = new FigurePane(planeB, "compare-plane-b", viaImage);
        for (PairCharts.PairChart c : charts) chartPanes.add(new FigurePane(c, true));
        stage.initOwner(owner);
        stage.setTitle(words.get("compare.title"));
        a.setId("compare-a");
        b.setId("compare-b");
        play.setId("compare-play");
        step.setId("compare-step");
        start.setId("compare-start");
        notice.setId("compare-notice");
        status.setId("compare-status");
        sideA.setId("compare-side-a");
        sideB.setId("compare-side-b");
        ready.getItems().setAll(ReadyComparison.all());
        ready.setOnAction(e -> choose(ready.getValue()));
        start.setOnAction(e -> startFromFields());
        play.setOnAction(e -> togglePlay());
        step.setOnAction(e -> pair.step());
        reset.setOnAction(e -> {
            pair.reset();
            rate.clear();
        });
        export.setOnAction(e -> exportFigure());
        a.setOnAction(e -> startFromFields());
        b.setOnAction(e -> startFromFields());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(layout(), Math.min(1600, screen.getWidth()), Math.min(1000, screen.getHeight())));
        stage.getScene().getStylesheets().add(MainView.class.getResource("app.css").toExternalForm());
        stage.setOnHidden(e -> {
            if (pair != null) pair.pause();
        });
        loop = new FrameLoop(new FrameLoop.Views() {
            @Override
            public boolean takeStates() {
                return takeStatesOfThePair();
            }

            @Override
            public boolean takeGrids() {
                var ga = heatA.take();
                var gb = heatB.take();
                if (ga != null) planeA.setGrid(ga);
                if (gb != null) planeB.setGrid(gb);
                return ga != null || gb != null;
            }

            @Override
            public boolean playing() {
                return pair != null && pair.playing();
            }

            @Override
            public void drawPlanes() {
                paneA.redraw();
                paneB.redraw();
            }

            @Override
            public void drawCharts() {
                if (pair == null) return;
                Timeline.Moment back = timelineBar.looking();
                Timeline.Moment backB = back == null ? null : pair.timeline(Side.B).nearest(back.iteration());
                Snapshot a = back != null ? back.snapshot() : pair.state(Side.A).snapshot();
                Snapshot b = backB != null ? backB.snapshot() : pair.state(Side.B).snapshot();
                for (PairCharts.PairChart c : charts) c.show(a, b, "A", "B");
                for (FigurePane p : chartPanes) p.redraw();
            }

            @Override
            public void drawStatus() {
                if (pair != null) status.setText(PairReadouts.status(pair.playing(), rate.perSecond(), pair.state(Side.A), pair.state(Side.B), words));
            }
        }, text -> notice.setText(text), words);
        planeA.addChangeListener(loop::planesChanged);
        planeB.addChangeListener(loop::planesChanged);
        for (PairCharts.PairChart c : charts) c.addChangeListener(loop::chartsChanged);
        ready.setValue(ReadyComparison.all().get(0));
    }

    private BorderPane layout() {
        a.setPrefColumnCount(16);
        b.setPrefColumnCount(16);
        Label la = new Label("A:"), lb = new Label("B:");
        fields = new HBox(6, ready, la, a, lb, b, start);
        HBox buttons = new HBox(6, play, step, reset, export);
        fields.setAlignment(Pos.CENTER_LEFT);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(16, fields, buttons);
        watch.setWrapText(true);
        notice.setWrapText(true);
        notice.setStyle("-fx-text-fill: #a40000;");
        VBox top = new VBox(4, bar, watch, notice);
        top.setPadding(new Insets(6, 8, 4, 8));
        grid = new GridPane();
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(25);
            grid.getColumnConstraints().add(c);
        }
        RowConstraints planes = new RowConstraints(), labels = new RowConstraints(), curves = new RowConstraints();
        // The rest, about a twentieth, holds the two sides' lines.
        planes.setPercentHeight(58);
        curves.setPercentHeight(36);
        planes.setVgrow(Priority.ALWAYS);
        curves.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().addAll(planes, labels, curves);
        grid.add(paneA, 0, 0, 2, 1);
        grid.add(paneB, 2, 0, 2, 1);
        grid.add(sideA, 0, 1, 2, 1);
        grid.add(sideB, 2, 1, 2, 1);
        placeCharts(false);
        sideA.setPadding(new Insets(0, 8, 0, 8));
        sideB.setPadding(new Insets(0, 8, 0, 8));
        status.setPadding(new Insets(3, 8, 3, 8));
        BorderPane root = new BorderPane(grid);
        root.setTop(top);
        root.setBottom(new VBox(timelineBar, status));
        return root;
    }

    /**
     * The four paired charts in a row at a desk; on a projector the two a lecture on the
     * constraint points at (the Wasserstein curves and the gradient norms), each twice as wide.
     */
    private void placeCharts(boolean presentation) {
        grid.getChildren().removeAll(chartPanes);
        if (presentation) {
            grid.add(chartPanes.get(0), 0, 2, 2, 1);
            grid.add(chartPanes.get(2), 2, 2, 2, 1);
        } else {
            for (int i = 0; i < chartPanes.size(); i++) grid.add(chartPanes.get(i), i, 2);
        }
    }

    /**
     * Projector sizes, as the main window's presentation mode: larger text, marks and chart
     * fonts, two charts, and only the buttons (the fields come back with the desk).
     */
    void setPresentation(boolean on) {
        placeCharts(on);
        fields.setVisible(!on);
        fields.setManaged(!on);
        // Each side's line holds its numbers at half the window's width.
        for (Label side : List.of(sideA, sideB)) side.setStyle(on ? "-fx-font-size: 15px;" : "");
        var root = stage.getScene().getRoot();
        root.getStyleClass().remove("presentation");
        if (on) root.getStyleClass().add("presentation");
        planeA.setPresentation(on);
        planeB.setPresentation(on);
        for (PairCharts.PairChart c : charts) c.setPresentation(on);
    }

    Stage stage() {
        return stage;
    }

    RunPair pair() {
        return pair;
    }

    void show() {
        if (pair == null) choose(ready.getValue());
        loop.start();
        stage.show();
        stage.toFront();
    }

    private void choose(ReadyComparison r) {
        if (r == null) return;
        a.setText(r.a());
        b.setText(r.b());
        watch.setText(r.watch());
        startFromFields();
    }

    /** New runs from the fields on the main window's current setup; a refusal leaves the runs as they were. */
    void startFromFields() {
        Comparison next;
        try {
            next = new Comparison(base.get(), change("A", a.getText()), change("B", b.getText()), List.of());
            for (Side side : Side.values()) {
                if (!LabController.trainsLive(next.spec(side).network())) {
                    throw new SpecException(words.format("compare.tooWide", side, next.spec(side).hidden(), next.spec(side).layers()));
                }
            }
        } catch (SpecException e) {
            notice.setText(words.format("compare.notStarted", e.getMessage()));
            return;
        }
        notice.setText("");
        if (pair != null) pair.close();
        // One core per side: the two runs train at once on a two-core laptop.
        pair = new RunPair(next, 1);
        shownKey = null;
        rate.clear();
    }

    private static SettingsChange change(String side, String text) {
        try {
            return SettingsChange.parse(text);
        } catch (SpecException e) {
            throw new SpecException(side + " (" + text + "): " + e.getMessage());
        }
    }

    private void togglePlay() {
        pair.togglePlay();
    }

    /** Both sides train on from the moment shown (both keep one at every stride, at the same iterations). */
    private void continueBoth(Timeline.Moment m) {
        if (pair == null) return;
        try {
            pair.continueFrom(m.iteration());
        } catch (IllegalArgumentException e) {
            notice.setText(words.format("compare.notContinued", Refusal.worded(e, words)));
        }
    }

    /** Takes both sides' latest states into the views; true when either is new. */
    private boolean takeStatesOfThePair() {
        if (pair == null) return false;
        SessionState sa = pair.state(Side.A), sb = pair.state(Side.B);
        play.setText(words.get(pair.playing() ? "control.pause" : "control.play"));
        rate.add(System.nanoTime(), Math.min(sa.snapshot().iteration(), sb.snapshot().iteration()));
        timelineBar.onState(sa);
        Timeline.Moment back = timelineBar.looking();
        Timeline.Moment backB = back == null ? null : pair.timeline(Side.B).nearest(back.iteration());
        Object key = back != null ? back : List.of(sa.version(), sb.version());
        if (key.equals(shownKey)) return false;
        shownKey = key;
        Snapshot a = back != null ? back.snapshot() : sa.snapshot(), b = backB != null ? backB.snapshot() : sb.snapshot();
        planeA.update(a);
        planeB.update(b);
        heatA.submit(a);
        heatB.submit(b);
        sideA.setText(PairReadouts.side(pair.comparison().label(Side.A), sa, back == null ? null : a, words));
        sideB.setText(PairReadouts.side(pair.comparison().label(Side.B), sb, backB == null ? null : b, words));
        return true;
    }

    private void exportFigure() {
        FileChooser fc = new FileChooser();
        fc.setTitle(words.get("compare.export.title"));
        fc.setInitialFileName("compare.png");
        for (Format f : Format.values()) fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.extension().toUpperCase(Locale.ROOT), "*." + f.extension()));
        File file = fc.showSaveDialog(stage);
        if (file != null) exportTo(file.toPath());
    }

    /** Writes the figure of both sides as they stand, off the FX thread; the format from the file's extension. */
    void exportTo(Path file) {
        Format format;
        try {
            format = Format.ofFile(file);
        } catch (IllegalArgumentException e) {
            notice.setText(words.format("export.failed", e.getMessage()));
            return;
        }
        Comparison c = pair.comparison();
        Snapshot sa = pair.state(Side.A).snapshot(), sb = pair.state(Side.B).snapshot();
        notice.setText(words.format("export.exporting", file.getFileName()));
        Threads.daemon(() -> {
            String done;
            try {
                ComparisonExport.write(c, sa, sb, format, file, ComparisonExport.SIZE[0], ComparisonExport.SIZE[1], 1, words);
                done = words.format("compare.exported", Math.min(sa.iteration(), sb.iteration()), file);
            } catch (IOException | RuntimeException e) {
                done = words.format("export.failed", file + ": " + (e.getMessage() == null ? e : e.getMessage()));
            }
            String text = done;
            Platform.runLater(() -> notice.setText(text));
        }, "wganlab-compare-export").start();
    }

    void close() {
        loop.stop();
        heatA.stop();
        heatB.stop();
        if (pair != null) pair.close();
        if (Platform.isFxApplicationThread()) stage.close();
        else Platform.runLater(stage::close);
    }
}
