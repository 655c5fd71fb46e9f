package org.wganlab.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.wganlab.export.DataExport;
import org.wganlab.export.FigureSet;
import org.wganlab.export.FigureWriter;
import org.wganlab.export.Format;
import org.wganlab.export.ReplayPage;
import org.wganlab.export.FrameRecorder;
import org.wganlab.figures.Figure;
import org.wganlab.figures.PlaneFigure;
import org.wganlab.figures.PlaneOptions;
import org.wganlab.figures.View;
import org.wganlab.figures.Views;
import org.wganlab.i18n.Words;
import org.wganlab.train.Snapshot;
import org.wganlab.train.Threads;

/**
 * Export from the window: each view or the whole dashboard as PNG, SVG or PDF, the data beside
 * them, and an animated GIF of training. Files are written on a worker thread from the
 * snapshot on screen when asked, so training never pauses; problems come back as a dialog.
 */
final class ExportActions {
    static final int FRAMES_EVERY = 10;

    private final Stage stage;
    private final Supplier<Snapshot> snapshot;
    private final PlaneFigure planeOptions;
    private final Consumer<String> tell;
    private final ExecutorService worker = Threads.single("wganlab-export");
    private final FrameRecorder recorder;
    private final Words words;
    private final CheckMenuItem record;
    private final MenuItem saveGif;
    private boolean frameBusy;

    /** The run's kept moments, oldest first, for the replay page. */
    private final Supplier<List<Snapshot>> moments;

    ExportActions(Stage stage, Supplier<Snapshot> snapshot, Supplier<List<Snapshot>> moments, PlaneFigure planeOptions, Consumer<String> tell, Words words) {
        this.stage = stage;
        this.words = words;
        this.record = new CheckMenuItem(words.get("export.record"));
        this.saveGif = new MenuItem(words.get("export.saveGif"));
        this.moments = moments;
        this.snapshot = snapshot;
        this.planeOptions = planeOptions;
        this.tell = tell;
        this.recorder = new FrameRecorder(FRAMES_EVERY, planeOptions);
        saveGif.setDisable(true);
        saveGif.setOnAction(e -> saveGif());
        record.setOnAction(e -> {
            if (record.isSelected()) {
                recorder.clear();
                tell.accept(words.format("export.recording", recorder.every()));
            }
        });
    }

    /** The File > Export menu. */
    Menu menu() {
        Menu m = new Menu(words.get("menu.export"));
        m.setId("menu-export");
        for (View v : Views.ALL) m.getItems().add(formatMenu(v.id(), v.title(words)));
        m.getItems().add(formatMenu(Views.DASHBOARD_ID, words.get(Views.DASHBOARD_TITLE_KEY)));
        MenuItem composite = new MenuItem(words.get("export.composite"));
        composite.setOnAction(e -> exportComposite());
        m.getItems().add(composite);
        MenuItem data = new MenuItem(words.get("export.data"));
        data.setOnAction(e -> exportData());
        MenuItem replay = new MenuItem(words.get("export.replay"));
        replay.setId("menu-export-replay");
        replay.setOnAction(e -> exportReplay());
        m.getItems().addAll(new SeparatorMenuItem(), data, new SeparatorMenuItem(), record, saveGif, new SeparatorMenuItem(), replay);
        return m;
    }

    private Menu formatMenu(String id, String label) {
        Menu sub = new Menu(label);
        for (Format f : Format.values()) {
            MenuItem i = new MenuItem(f.name() + "…");
            i.setOnAction(e -> exportFigure(id, f));
            sub.getItems().add(i);
        }
        return sub;
    }

    /** The right-click menu of one view. */
    ContextMenu contextMenu(String id) {
        ContextMenu cm = new ContextMenu();
        for (Format f : Format.values()) {
            MenuItem i = new MenuItem(words.format("export.as", f.name()));
            i.setOnAction(e -> exportFigure(id, f));
            cm.getItems().add(i);
        }
        MenuItem dash = new MenuItem(words.get("menu.file.dashboardPng"));
        dash.setOnAction(e -> exportFigure(Views.DASHBOARD_ID, Format.PNG));
        cm.getItems().addAll(new SeparatorMenuItem(), dash);
        return cm;
    }

    /** Asks which views and which format, then writes them as one captioned figure. */
    private void exportComposite() {
        Snapshot s = snapshot.get();
        if (s == null) return;
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle(words.get("export.composite.title"));
        d.setHeaderText(words.get("export.composite.question"));
        VBox box = new VBox(6);
        List<CheckBox> checks = new ArrayList<>();
        for (View v : Views.ALL) {
            CheckBox c = new CheckBox(v.title(words));
            c.setUserData(v.id());
            c.setSelected(checks.size() < 2);
            checks.add(c);
            box.getChildren().add(c);
        }
        ChoiceBox<Format> format = new ChoiceBox<>();
        format.getItems().addAll(Format.values());
        format.setValue(Format.PDF);
        box.getChildren().add(new HBox(8, new Label(words.get("export.format")), format));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (d.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) return;
        List<String> ids = new ArrayList<>();
        for (CheckBox c : checks) if (c.isSelected()) ids.add((String) c.getUserData());
        if (ids.isEmpty()) {
            tell.accept(words.get("export.composite.none"));
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(words.format("export.composite.saveTitle", format.getValue().name()));
        fc.setInitialFileName("composite." + format.getValue().extension());
        File f = fc.showSaveDialog(stage);
        if (f == null) return;
        writeComposite(s, ids, format.getValue(), f.toPath(), format.getValue() == Format.PNG ? 2 : 1);
    }

    /** Writes the chosen views of a snapshot as one captioned figure, on the worker thread. */
    CompletableFuture<Path> writeComposite(Snapshot s, List<String> ids, Format format, Path file, double scale) {
        PlaneFigure opts = copyOptions();
        List<String> chosen = List.copyOf(ids);
        return onWorker(words.format("export.exporting", file.getFileName()), file, () -> {
            int[] size = FigureSet.compositeSize(chosen.size());
            FigureWriter.write(FigureSet.of(s, opts).composite(s, chosen), format, file, size[0], size[1], scale);
        });
    }

    void exportFigure(String id, Format format) {
        Snapshot s = snapshot.get();
        if (s == null) return;
        double scale = 1;
        int[] size = FigureSet.sizeOf(id);
        if (format == Format.PNG) {
            List<String> choices = new ArrayList<>();
            for (int k = 1; k <= 4; k++) choices.add(words.format("export.png.choice", k, size[0] * k, size[1] * k));
            ChoiceDialog<String> d = new ChoiceDialog<>(choices.get(1), choices);
            d.initOwner(stage);
            d.setTitle(words.get("export.png.title"));
            d.setHeaderText(words.get("export.png.question"));
            var picked = d.showAndWait();
            if (picked.isEmpty()) return;
            scale = choices.indexOf(picked.get()) + 1;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(words.format("export.saveTitle", id, format.name()));
        fc.setInitialFileName(id + "." + format.extension());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + format.extension()));
        File f = fc.showSaveDialog(stage);
        if (f == null) return;
        write(s, id, format, f.toPath(), scale);
    }

    /** Work that writes files and may fail. */
    @FunctionalInterface
    private interface Job {
        void run() throws Exception;
    }

    /** Runs a write on the worker thread, saying so now and saying how it went when done. */
    private CompletableFuture<Path> onWorker(String message, Path target, Job job) {
        tell.accept(message);
        return CompletableFuture.supplyAsync(() -> {
            try {
                job.run();
                return target;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, worker).whenComplete((p, err) -> Platform.runLater(() -> done(target, err)));
    }

    /** Writes one view (or "dashboard") of a snapshot on the worker thread. */
    CompletableFuture<Path> write(Snapshot s, String id, Format format, Path file, double scale) {
        PlaneFigure opts = copyOptions();
        return onWorker(words.format("export.exporting", file.getFileName()), file, () -> {
            FigureSet set = FigureSet.of(s, opts);
            Figure fig = id.equals(Views.DASHBOARD_ID) ? set.dashboard(s) : set.byId(id);
            int[] size = FigureSet.sizeOf(id);
            FigureWriter.write(fig, format, file, size[0], size[1], scale);
        });
    }

    private PlaneFigure copyOptions() {
        PlaneFigure p = new PlaneFigure(words);
        p.setOptions(planeOptions.options().withEditing(false));
        p.setPresentation(planeOptions.isPresentation());
        return p;
    }

    private void done(Path file, Throwable err) {
        if (err == null) {
            tell.accept(words.format("export.wrote", file));
            return;
        }
        Throwable cause = err.getCause() != null ? err.getCause() : err;
        Alert a = new Alert(Alert.AlertType.ERROR, words.format("export.writeFailed", file, cause.getMessage()), ButtonType.OK);
        a.initOwner(stage);
        a.setHeaderText(words.get("export.failed.title"));
        a.show();
    }

    private void exportData() {
        Snapshot s = snapshot.get();
        if (s == null) return;
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(words.get("export.data.folder"));
        File dir = dc.showDialog(stage);
        if (dir == null) return;
        List<String> clash = new ArrayList<>();
        for (String name : DataExport.FILES) if (Files.exists(dir.toPath().resolve(name))) clash.add(name);
        if (!clash.isEmpty()) {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, words.format("export.data.clash", dir, String.join(", ", clash)), ButtonType.OK, ButtonType.CANCEL);
            a.initOwner(stage);
            a.setHeaderText(words.get("export.data.replace"));
            if (a.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) return;
        }
        Path d = dir.toPath();
        PlaneFigure opts = copyOptions();
        onWorker(words.format("export.data.writing", d), d, () -> DataExport.writeAll(s, FigureSet.of(s, opts).grid(), d));
    }

    /** Called with each new snapshot on screen: records a frame when recording and one is due. */
    void offer(Snapshot s) {
        if (!record.isSelected() || frameBusy || !recorder.due(s.iteration())) return;
        frameBusy = true;
        worker.execute(() -> {
            try {
                recorder.offer(s);
            } finally {
                Platform.runLater(() -> {
                    frameBusy = false;
                    saveGif.setDisable(recorder.size() == 0);
                    saveGif.setText(words.format("export.saveGifFrames", recorder.size()));
                });
            }
        });
    }

    /** Asks where, then writes the run's kept moments as one web page students open in any browser. */
    private void exportReplay() {
        List<Snapshot> kept = moments.get();
        if (kept.isEmpty()) {
            tell.accept(words.get("export.replay.empty"));
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(words.get("export.replay.title"));
        fc.setInitialFileName("replay.html");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(words.get("export.replay.fileType"), "*.html"));
        File f = fc.showSaveDialog(stage);
        if (f == null) return;
        writeReplay(kept, f.toPath());
    }

    /** Writes the replay page of these moments on the worker thread. */
    CompletableFuture<Path> writeReplay(List<Snapshot> kept, Path file) {
        Snapshot last = kept.get(kept.size() - 1);
        String title = ReplayPage.titleOf(last.spec());
        int frames = Math.min(kept.size(), ReplayPage.MAX_FRAMES);
        // The plane as the class saw it: its overlays as set now (read here, on the FX thread).
        PlaneOptions overlays = planeOptions.options();
        return onWorker(words.format("export.replay.writing", file.getFileName(), frames), file, () -> ReplayPage.ofRun(title, kept, overlays).write(file));
    }

    private void saveGif() {
        FileChooser fc = new FileChooser();
        fc.setTitle(words.get("export.gif.title"));
        fc.setInitialFileName("training.gif");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("GIF", "*.gif"));
        File f = fc.showSaveDialog(stage);
        if (f == null) return;
        onWorker(words.format("export.gif.writing", f.getName(), recorder.size()), f.toPath(), () -> recorder.writeGif(f.toPath(), 120));
    }

    void shutdown() {
        worker.shutdown();
    }
}
