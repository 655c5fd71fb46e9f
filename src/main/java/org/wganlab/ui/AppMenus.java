package org.wganlab.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.wganlab.config.DataSpec;
import org.wganlab.export.Format;
import org.wganlab.figures.Views;
import org.wganlab.lab.LabController;
import org.wganlab.lesson.Lesson;
import org.wganlab.lesson.LessonJson;
import org.wganlab.lesson.Lessons;
import org.wganlab.session.SessionFile;
import org.wganlab.train.RunState;
import org.wganlab.train.Threads;

/** The menu bar: File (setups, exports, quit) and View (presentation mode, shortcuts). */
final class AppMenus {
    private final Stage stage;
    private final LabController lab;
    private final ExportActions export;
    private final Consumer<String> tell;
    private final Runnable afterLoad;
    final CheckMenuItem presentation = new CheckMenuItem("Presentation mode");

    AppMenus(Stage stage, LabController lab, ExportActions export, Consumer<String> tell, Runnable afterLoad) {
        this.stage = stage;
        this.lab = lab;
        this.export = export;
        this.tell = tell;
        this.afterLoad = afterLoad;
    }

    MenuBar bar(Consumer<Boolean> setPresentation, Runnable showHelp, Consumer<Lesson> openLesson) {
        MenuItem save = new MenuItem("Save setup…");
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.setOnAction(e -> saveSetup());
        MenuItem load = new MenuItem("Load setup…");
        load.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        load.setOnAction(e -> loadSetup());
        MenuItem quit = new MenuItem("Quit");
        quit.setOnAction(e -> Platform.exit());
        MenuItem dashboardPng = new MenuItem("Export the dashboard as PNG…");
        dashboardPng.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        dashboardPng.setOnAction(e -> export.exportFigure(Views.DASHBOARD_ID, Format.PNG));
        MenuItem saveSession = new MenuItem("Save session…");
        saveSession.setId("menu-save-session");
        saveSession.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        saveSession.setOnAction(e -> chooseSessionToSave());
        MenuItem openSession = new MenuItem("Open session…");
        openSession.setId("menu-open-session");
        openSession.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        openSession.setOnAction(e -> chooseSessionToOpen());
        MenuItem points = new MenuItem("Load points (CSV)…");
        points.setId("menu-load-points");
        points.setOnAction(e -> loadPoints());
        MenuItem fit = new MenuItem("Fit modes to your points…");
        fit.setId("menu-fit-modes");
        fit.setOnAction(e -> askPointModes());
        Menu file = new Menu("File", null, save, load, points, fit, new SeparatorMenuItem(), saveSession, openSession, new SeparatorMenuItem(),
                export.menu(), dashboardPng, new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        // Only with points of one's own to fit: never a menu item that can only refuse.
        file.setOnShowing(e -> fit.setDisable(!(lab.spec().data() instanceof DataSpec.Points)));
        presentation.setOnAction(e -> setPresentation.accept(presentation.isSelected()));
        MenuItem keys = new MenuItem("Keyboard shortcuts");
        keys.setOnAction(e -> showHelp.run());
        MenuItem transport = new MenuItem("The Earth Mover's distance, step by step (8 + 8 points)…");
        transport.setId("menu-transport-steps");
        transport.setOnAction(e -> transportStepThrough().show());
        MenuItem compare = new MenuItem("Compare two runs side by side…");
        compare.setId("menu-compare");
        compare.setAccelerator(KeyCombination.keyCombination("Shortcut+K"));
        compare.setOnAction(e -> openCompare());
        Menu view = new Menu("View", null, presentation, keys, new SeparatorMenuItem(), transport, compare);
        MenuBar bar = new MenuBar(file, view, lessonMenu(openLesson));
        bar.setId("menubar");
        return bar;
    }

    private void saveSetup() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save setup");
        fc.setInitialFileName("config.json");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("WGAN Lab setup", "*.json"));
        File f = fc.showSaveDialog(stage);
        if (f == null) return;
        try {
            lab.save(f.toPath());
            tell.accept("Saved the setup to " + f);
        } catch (IOException ex) {
            error("Could not save the setup", f + ": " + ex.getMessage());
        }
    }

    private void loadSetup() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Load setup");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("WGAN Lab setup", "*.json"));
        File f = fc.showOpenDialog(stage);
        if (f != null) loadSetup(f.toPath());
    }

    /** Starts the setup a config.json holds; a bad file is refused and nothing changes. */
    void loadSetup(Path file) {
        try {
            lab.load(file);
            afterLoad.run();
            tell.accept("Loaded " + file.getFileName() + ": a new run from its seed.");
        } catch (IllegalArgumentException ex) {
            error("Could not load the setup", ex.getMessage() + "\nNothing was changed.");
        }
    }

    /** The shipped lessons in order, and a lesson file. */
    private Menu lessonMenu(Consumer<Lesson> open) {
        Menu menu = new Menu("Lesson");
        menu.setId("menu-lesson");
        for (String name : Lessons.SHIPPED) {
            Lesson l = Lessons.shipped(name);
            MenuItem item = new MenuItem(l.title());
            item.setId("lesson-" + name);
            item.setOnAction(e -> open.accept(Lessons.shipped(name)));
            menu.getItems().add(item);
        }
        MenuItem file = new MenuItem("Open lesson file…");
        file.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Open lesson");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("WGAN Lab lesson", "*.json"));
            File f = fc.showOpenDialog(stage);
            if (f != null) openLessonFile(f.toPath(), open);
        });
        menu.getItems().addAll(new SeparatorMenuItem(), file);
        return menu;
    }

    /** Opens a lesson file; a bad file is refused and nothing changes. */
    void openLessonFile(Path file, Consumer<Lesson> open) {
        Lesson lesson;
        try {
            lesson = LessonJson.read(file);
        } catch (IllegalArgumentException ex) {
            error("Could not open the lesson", ex.getMessage() + "\nNothing was changed.");
            return;
        }
        open.accept(lesson);
    }

    private FileChooser sessionChooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("WGAN Lab session", "*" + SessionFile.EXTENSION));
        return fc;
    }

    private void chooseSessionToSave() {
        FileChooser fc = sessionChooser("Save session");
        fc.setInitialFileName("session" + SessionFile.EXTENSION);
        File f = fc.showSaveDialog(stage);
        if (f != null) saveSession(f.toPath());
    }

    /** Saves the whole run (the state is taken between two steps, the file written off this thread); tells when it is written. */
    void saveSession(Path file) {
        Path target = file.getFileName().toString().endsWith(SessionFile.EXTENSION) ? file : file.resolveSibling(file.getFileName() + SessionFile.EXTENSION);
        tell.accept("Saving the session to " + target.getFileName() + "…");
        lab.saveSession(target).whenComplete((done, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                tell.accept("Saved the session to " + target + ": File > Open session continues it exactly here.");
            } else {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                error("Could not save the session", target + ": " + (cause.getMessage() != null ? cause.getMessage() : cause.toString()));
            }
        }));
    }

    private void chooseSessionToOpen() {
        File f = sessionChooser("Open session").showOpenDialog(stage);
        if (f != null) openSession(f.toPath());
    }

    /** Reads a session off this thread, then continues it paused; a bad file is refused and nothing changes. */
    void openSession(Path file) {
        tell.accept("Opening " + file.getFileName() + "…");
        Threads.daemon(() -> {
            SessionFile.Opened opened;
            try {
                opened = LabController.readSession(file);
            } catch (IllegalArgumentException ex) {
                Platform.runLater(() -> error("Could not open the session", ex.getMessage() + "\nNothing was changed."));
                return;
            }
            Platform.runLater(() -> {
                try {
                    lab.resume(opened);
                    afterLoad.run();
                    tell.accept("Opened " + file.getFileName() + " at iteration " + opened.state().trainer().iteration()
                            + (opened.timeline().isEmpty() ? "" : " with " + opened.timeline().size() + " moments of its timeline") + ", paused: Play continues it.");
                } catch (IllegalArgumentException ex) {
                    error("Could not open the session", ex.getMessage() + "\nNothing was changed.");
                }
            });
        }, "wganlab-open-session").start();
    }

    private void askPointModes() {
        int now = lab.spec().data() instanceof DataSpec.Points p ? p.points().fittedModes() : 0;
        TextInputDialog d = new TextInputDialog(String.valueOf(now == 0 ? 8 : now));
        d.initOwner(stage);
        d.setTitle("Fit modes to your points");
        d.setHeaderText("How many round Gaussians to fit to the points (EM), for the modes and high-quality measures? 0: none.");
        d.showAndWait().ifPresent(text -> fitPointModes(text));
    }

    /** Fits the modes a number asks for; a bad number is refused and nothing changes. */
    void fitPointModes(String text) {
        int k;
        try {
            k = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            error("Could not fit modes", "'" + text + "' is not a whole number.\nNothing was changed.");
            return;
        }
        try {
            lab.fitPointModes(k);
            afterLoad.run();
            tell.accept(k == 0 ? "No modes: modes and high quality are not measured on these points." : k + " modes fitted to the points: the next evaluation measures them.");
        } catch (IllegalArgumentException e) {
            error("Could not fit modes", e.getMessage() + "\nNothing was changed.");
        }
    }

    private void loadPoints() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Load your own points");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Points, x,y per line", "*.csv", "*.txt"));
        File f = fc.showOpenDialog(stage);
        if (f != null) loadPoints(f.toPath());
    }

    /** Trains on the points of a CSV file from the next step; a bad file is refused and nothing changes. */
    void loadPoints(Path file) {
        try {
            var s = lab.loadPoints(file);
            afterLoad.run();
            tell.accept("Training on " + s.data().distribution().description() + " from " + file.getFileName() + ".");
        } catch (IllegalArgumentException ex) {
            error("Could not load the points", ex.getMessage() + "\nNothing was changed.");
        }
    }

    private TransportStepThrough steps;

    /** The step-through window, made on first use and kept (with its points) while the app runs. */
    TransportStepThrough transportStepThrough() {
        if (steps == null) steps = new TransportStepThrough(stage);
        return steps;
    }

    private CompareWindow compare;

    /**
     * The side-by-side window on the current setup, made on first use and kept. The main run
     * pauses: the two cores go to the two sides.
     */
    CompareWindow openCompare() {
        lab.pause();
        if (compare == null) {
            compare = new CompareWindow(stage, lab::spec);
            // The side-by-side window follows presentation mode (P or View > Presentation mode).
            presentation.selectedProperty().addListener((o, was, on) -> compare.setPresentation(on));
        }
        compare.setPresentation(presentation.isSelected());
        compare.show();
        return compare;
    }

    /** Stops the side-by-side runs, if any (the app is closing). */
    void close() {
        if (compare != null) compare.close();
    }

    void error(String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.initOwner(stage);
        a.setHeaderText(header);
        a.show();
    }
}
