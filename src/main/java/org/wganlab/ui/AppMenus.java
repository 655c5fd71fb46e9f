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
import org.wganlab.i18n.Words;
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
    private final Words words;
    final CheckMenuItem presentation;

    AppMenus(Stage stage, LabController lab, ExportActions export, Consumer<String> tell, Runnable afterLoad, Words words) {
        this.words = words;
        this.presentation = new CheckMenuItem(words.get("menu.view.presentation"));
        this.stage = stage;
        this.lab = lab;
        this.export = export;
        this.tell = tell;
        this.afterLoad = afterLoad;
    }

    MenuBar bar(Consumer<Boolean> setPresentation, Runnable showHelp, Consumer<Lesson> openLesson) {
        MenuItem save = new MenuItem(words.get("menu.file.saveSetup"));
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.setOnAction(e -> saveSetup());
        MenuItem load = new MenuItem(words.get("menu.file.loadSetup"));
        load.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        load.setOnAction(e -> loadSetup());
        MenuItem quit = new MenuItem(words.get("menu.file.quit"));
        quit.setOnAction(e -> Platform.exit());
        MenuItem dashboardPng = new MenuItem(words.get("menu.file.dashboardPng"));
        dashboardPng.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        dashboardPng.setOnAction(e -> export.exportFigure(Views.DASHBOARD_ID, Format.PNG));
        MenuItem saveSession = new MenuItem(words.get("menu.file.saveSession"));
        saveSession.setId("menu-save-session");
        saveSession.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        saveSession.setOnAction(e -> chooseSessionToSave());
        MenuItem openSession = new MenuItem(words.get("menu.file.openSession"));
        openSession.setId("menu-open-session");
        openSession.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        openSession.setOnAction(e -> chooseSessionToOpen());
        MenuItem points = new MenuItem(words.get("menu.file.loadPoints"));
        points.setId("menu-load-points");
        points.setOnAction(e -> loadPoints());
        MenuItem fit = new MenuItem(words.get("menu.file.fitModes"));
        fit.setId("menu-fit-modes");
        fit.setOnAction(e -> askPointModes());
        Menu file = new Menu(words.get("menu.file"), null, save, load, points, fit, new SeparatorMenuItem(), saveSession, openSession, new SeparatorMenuItem(),
                export.menu(), dashboardPng, new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        // Only with points of one's own to fit: never a menu item that can only refuse.
        file.setOnShowing(e -> fit.setDisable(!(lab.spec().data() instanceof DataSpec.Points)));
        presentation.setOnAction(e -> setPresentation.accept(presentation.isSelected()));
        MenuItem keys = new MenuItem(words.get("menu.view.shortcuts"));
        keys.setOnAction(e -> showHelp.run());
        MenuItem transport = new MenuItem(words.get("menu.view.transportSteps"));
        transport.setId("menu-transport-steps");
        transport.setOnAction(e -> transportStepThrough().show());
        MenuItem compare = new MenuItem(words.get("menu.view.compare"));
        compare.setId("menu-compare");
        compare.setAccelerator(KeyCombination.keyCombination("Shortcut+K"));
        compare.setOnAction(e -> openCompare());
        Menu view = new Menu(words.get("menu.view"), null, presentation, keys, new SeparatorMenuItem(), transport, compare);
        MenuBar bar = new MenuBar(file, view, lessonMenu(openLesson));
        bar.setId("menubar");
        return bar;
    }

    private void saveSetup() {
        FileChooser fc = new FileChooser();
        fc.setTitle(words.get("setup.save.title"));
        fc.setInitialFileName("config.json");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(words.get("setup.fileType"), "*.json"));
        File f = fc.showSaveDialog(stage);
        if (f == null) return;
        try {
            lab.save(f.toPath());
            tell.accept(words.format("setup.saved", f));
        } catch (IOException ex) {
            error(words.get("setup.save.failed"), f + ": " + ex.getMessage());
        }
    }

    private void loadSetup() {
        FileChooser fc = new FileChooser();
        fc.setTitle(words.get("setup.load.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(words.get("setup.fileType"), "*.json"));
        File f = fc.showOpenDialog(stage);
        if (f != null) loadSetup(f.toPath());
    }

    /** Starts the setup a config.json holds; a bad file is refused and nothing changes. */
    void loadSetup(Path file) {
        try {
            lab.load(file);
            afterLoad.run();
            tell.accept(words.format("setup.loaded", file.getFileName()));
        } catch (IllegalArgumentException ex) {
            error(words.get("setup.load.failed"), unchanged(Refusal.worded(ex, words)));
        }
    }

    /** The shipped lessons in order, and a lesson file. */
    private Menu lessonMenu(Consumer<Lesson> open) {
        Menu menu = new Menu(words.get("menu.lesson"));
        menu.setId("menu-lesson");
        for (String name : Lessons.SHIPPED) {
            Lesson l = Lessons.shipped(name);
            MenuItem item = new MenuItem(l.title());
            item.setId("lesson-" + name);
            item.setOnAction(e -> open.accept(Lessons.shipped(name)));
            menu.getItems().add(item);
        }
        MenuItem file = new MenuItem(words.get("menu.lesson.openFile"));
        file.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(words.get("lesson.open.title"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(words.get("lesson.fileType"), "*.json"));
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
            error(words.get("lesson.open.failed"), unchanged(Refusal.worded(ex, words)));
            return;
        }
        open.accept(lesson);
    }

    private FileChooser sessionChooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(words.get("session.fileType"), "*" + SessionFile.EXTENSION));
        return fc;
    }

    private void chooseSessionToSave() {
        FileChooser fc = sessionChooser(words.get("session.save.title"));
        fc.setInitialFileName("session" + SessionFile.EXTENSION);
        File f = fc.showSaveDialog(stage);
        if (f != null) saveSession(f.toPath());
    }

    /** Saves the whole run (the state is taken between two steps, the file written off this thread); tells when it is written. */
    void saveSession(Path file) {
        Path target = file.getFileName().toString().endsWith(SessionFile.EXTENSION) ? file : file.resolveSibling(file.getFileName() + SessionFile.EXTENSION);
        tell.accept(words.format("session.saving", target.getFileName()));
        lab.saveSession(target).whenComplete((done, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                tell.accept(words.format("session.saved", target));
            } else {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                error(words.get("session.save.failed"), target + ": " + (cause.getMessage() != null ? cause.getMessage() : cause.toString()));
            }
        }));
    }

    private void chooseSessionToOpen() {
        File f = sessionChooser(words.get("session.open.title")).showOpenDialog(stage);
        if (f != null) openSession(f.toPath());
    }

    /** Reads a session off this thread, then continues it paused; a bad file is refused and nothing changes. */
    void openSession(Path file) {
        tell.accept(words.format("session.opening", file.getFileName()));
        Threads.daemon(() -> {
            SessionFile.Opened opened;
            try {
                opened = LabController.readSession(file);
            } catch (IllegalArgumentException ex) {
                Platform.runLater(() -> error(words.get("session.open.failed"), unchanged(Refusal.worded(ex, words))));
                return;
            }
            Platform.runLater(() -> {
                try {
                    lab.resume(opened);
                    afterLoad.run();
                    int at = opened.state().trainer().iteration();
                    tell.accept(opened.timeline().isEmpty() ? words.format("session.opened", file.getFileName(), at)
                            : words.format("session.openedWithTimeline", file.getFileName(), at, opened.timeline().size()));
                } catch (IllegalArgumentException ex) {
                    error(words.get("session.open.failed"), unchanged(Refusal.worded(ex, words)));
                }
            });
        }, "wganlab-open-session").start();
    }

    private void askPointModes() {
        int now = lab.spec().data() instanceof DataSpec.Points p ? p.points().fittedModes() : 0;
        TextInputDialog d = new TextInputDialog(String.valueOf(now == 0 ? 8 : now));
        d.initOwner(stage);
        d.setTitle(words.get("fitModes.title"));
        d.setHeaderText(words.get("fitModes.question"));
        d.showAndWait().ifPresent(text -> fitPointModes(text));
    }

    /** Fits the modes a number asks for; a bad number is refused and nothing changes. */
    void fitPointModes(String text) {
        int k;
        try {
            k = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            error(words.get("fitModes.failed"), unchanged(words.format("fitModes.notWhole", text)));
            return;
        }
        try {
            lab.fitPointModes(k);
            afterLoad.run();
            tell.accept(k == 0 ? words.get("fitModes.none") : k == 1 ? words.get("fitModes.fittedOne") : words.format("fitModes.fitted", k));
        } catch (IllegalArgumentException e) {
            error(words.get("fitModes.failed"), unchanged(Refusal.worded(e, words)));
        }
    }

    private void loadPoints() {
        FileChooser fc = new FileChooser();
        fc.setTitle(words.get("points.load.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(words.get("points.fileType"), "*.csv", "*.txt"));
        File f = fc.showOpenDialog(stage);
        if (f != null) loadPoints(f.toPath());
    }

    /** Trains on the points of a CSV file from the next step; a bad file is refused and nothing changes. */
    void loadPoints(Path file) {
        try {
            var s = lab.loadPoints(file);
            afterLoad.run();
            tell.accept(words.format("points.loaded", s.data().distribution().description(), file.getFileName()));
        } catch (IllegalArgumentException ex) {
            error(words.get("points.load.failed"), unchanged(Refusal.worded(ex, words)));
        }
    }

    private TransportStepThrough steps;

    /** The step-through window, made on first use and kept (with its points) while the app runs. */
    TransportStepThrough transportStepThrough() {
        if (steps == null) steps = new TransportStepThrough(stage, words);
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
            compare = new CompareWindow(stage, lab::spec, words);
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

    /** A refusal's reason, and that nothing changed. */
    private String unchanged(String reason) {
        return reason + "\n" + words.get("error.nothingChanged");
    }

    void error(String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.initOwner(stage);
        a.setHeaderText(header);
        a.show();
    }
}
