package org.wganlab.ui;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.wganlab.i18n.Words;
import org.wganlab.config.Method;
import org.wganlab.config.RunSpec;
import org.wganlab.export.Format;
import org.wganlab.figures.ChartFigure;
import org.wganlab.figures.Charts;
import org.wganlab.figures.CriticGrid;
import org.wganlab.figures.Figure;
import org.wganlab.figures.PlaneFigure;
import org.wganlab.figures.PlaneGeometry;
import org.wganlab.figures.PlaneOptions;
import org.wganlab.figures.Views;
import org.wganlab.kernel.Products;
import org.wganlab.lab.LabController;
import org.wganlab.train.SessionState;
import org.wganlab.train.Snapshot;
import org.wganlab.train.Timeline;
import org.wganlab.figures.LayerGradientsChart;

/**
 * The window: controls on the left, the plane and the charts in the middle, the formulas and
 * the status line below. Every frame it draws the latest published snapshot; it never waits
 * on training, and it hands every change to the session, which applies it at the next step.
 */
public final class MainView {
    private final Stage stage;
    private final LabController lab;
    private final PlaneFigure plane;
    private final List<Figure> figures;
    private final List<ChartFigure> charts = new ArrayList<>();
    private final FigurePane planePane;
    private final ControlPanel controls;
    private final Words words;
    private final FormulaPanel formula;
    private final Messages messages;
    private final ViewsGrid views;
    private final List<FigurePane> chartPanes;
    private final StoryBar stories;
    private final HelpOverlay help;
    private final HeatmapWorker heatmap = new HeatmapWorker();
    private final MixtureEditor editor;
    private final StackPane root;
    private final AppMenus menus;
    private final LessonPanel lesson;
    private final BooleanProperty presenting = new SimpleBooleanProperty(false);
    private final ControlBindings bindings;
    private final FrameLoop loop;
    private final ExportActions export;
    private final TimelineBar timelineBar;
    /** What the views show: the live state's version, or a kept moment (looking back). */
    private Object shownKey;
    private Snapshot shown;
    /** How many of the run's scheduled switches the controls have been brought up to. */
    private int switchesShown;

    /** The window in the language its setting or the system's locale asks for. */
    public MainView(Stage stage, RunSpec initial) {
        this(stage, initial, Words.forSetting(WindowOptions.fromSystemProperties().language()));
    }

    public MainView(Stage stage, RunSpec initial, Words words) {
        this.stage = stage;
        this.words = words;
        formula = new FormulaPanel(words);
        help = new HelpOverlay(words);
        lab = new LabController(initial, trainingThreadCap());
        boolean viaImage = planeViaImage();
        // In software the scaled heatmap is kept between frames; a GPU scales the small image itself.
        plane = new PlaneFigure(viaImage, words);
        figures = Views.figures(plane);
        for (Figure f : figures) if (f instanceof ChartFigure c) charts.add(c);
        planePane = new FigurePane(plane, viaImage);
        messages = new Messages(() -> lab.reset(), words);
        controls = new ControlPanel(this::tell, words);
        export = new ExportActions(stage, () -> shown, this::momentsOfRun, plane, this::tell, words);
        stories = new StoryBar(controls.presetChooser(), words);
        timelineBar = new TimelineBar(stage, TimelineBar.Source.of(lab), this::tell, words);
        bindings = new ControlBindings(stage, controls, lab, () -> shown, this::tell, stories::show, words);
        menus = new AppMenus(stage, lab, export, this::tell, bindings::sync, words);
        editor = new MixtureEditor(planePane, plane, () -> shown == null ? null : shown.distribution(), bindings::mixtureEdited, this::tell, words);

        // The charts reach the screen as images drawn with Java2D, never as text on a JavaFX canvas: on Linux,
        // JavaFX lays canvas text out with Pango on its render thread while the FX thread lays out the labels,
        // and the two race (seen: a ConcurrentModificationException in PangoGlyphLayout, then a crash in malloc).
        Map<String, FigurePane> paneById = new LinkedHashMap<>();
        for (ChartFigure c : charts) paneById.put(c.id(), new FigurePane(c, true));
        this.chartPanes = List.copyOf(paneById.values());
        views = new ViewsGrid(planePane, timelineBar, paneById);
        loop = new FrameLoop(new FrameLoop.Views() {
            @Override
            public boolean takeStates() {
                return takeState();
            }

            @Override
            public boolean takeGrids() {
                CriticGrid g = heatmap.take();
                if (g != null) plane.setGrid(g);
                return g != null;
            }

            @Override
            public boolean playing() {
                SessionState st = lab.state();
                return st != null && st.playing();
            }

            @Override
            public void drawPlanes() {
                planePane.redraw();
                heatmap.drawnFor(plane.takeScalingNanos());
            }

            @Override
            public void drawCharts() {
                if (shown == null) return;
                for (ChartFigure c : charts) c.update(shown);
                for (FigurePane p : chartPanes) p.redraw();
                formula.update(shown);
            }

            @Override
            public void drawStatus() {
                SessionState st = lab.state();
                if (st != null) messages.status(st, loop.fps(), planePane.lastDrawMs(), heatmap.lastMs(), loop.chartMs());
            }
        }, this::tell, words);
        // The figures say when their picture changes (an update, a setter): the loop redraws them then.
        plane.addChangeListener(loop::planesChanged);
        for (ChartFigure c : charts) c.addChangeListener(loop::chartsChanged);
        lesson = new LessonPanel(new WindowLessonTarget(lab, controls, views, bindings::sync), this::tell, lab::play, lab::holdAt, lab::state,
                profiles -> {
                    for (ChartFigure c : charts) if (c instanceof LayerGradientsChart l) l.setKept(profiles);
                }, words);
        for (Map.Entry<String, Region> view : views.nodes().entrySet()) {
            String id = view.getKey();
            Region n = view.getValue();
            ContextMenu cm = export.contextMenu(id);
            n.setOnContextMenuRequested(e -> {
                // On the plane, right-click deletes a mixture component while editing.
                if (id.equals(Views.PLANE.id()) && plane.options().editing()) return;
                cm.show(n, e.getScreenX(), e.getScreenY());
                e.consume();
            });
        }

        ScrollPane left = new ScrollPane(controls);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        BorderPane frame = new BorderPane();
        frame.setTop(new VBox(menus.bar(this::setPresentation, () -> help.setVisible(true), lesson::open), stories, lesson, messages.banner));
        frame.setLeft(left);
        // The notice floats over the top of the views: it never pushes the controls under the mouse.
        StackPane centre = new StackPane(views, messages.notice);
        StackPane.setAlignment(messages.notice, Pos.TOP_CENTER);
        frame.setCenter(centre);
        frame.setBottom(new VBox(formula, messages.status));
        root = new StackPane(frame, help);
        root.getStylesheets().add(MainView.class.getResource("app.css").toExternalForm());

        // In presentation mode an open lesson takes the story bar's room: the lesson is the story.
        stories.visibleProperty().bind(lesson.openProperty.and(presenting).not());
        stories.managedProperty().bind(stories.visibleProperty());
        lesson.openProperty.addListener((o, was, open) -> {
            if (!open) views.setLectureCharts(List.of(), 3);
        });
        bindings.bind();
        wireOverlays();
        bindings.sync();
        // Shortcuts act unless a text field has focus: start with the plane focused, and let a click on it take focus back.
        planePane.setFocusTraversable(true);
        planePane.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> planePane.requestFocus());

        loop.start();
    }

    /**
     * How the plane reaches the screen: through FXGraphics2D on a canvas where JavaFX renders
     * with a GPU, through a Java2D image where it renders in software (SCENE3D is supported
     * only by the hardware pipelines); {@link WindowOptions#fxCanvas} forces either.
     */
    static boolean planeViaImage() {
        Boolean forced = WindowOptions.fromSystemProperties().fxCanvas();
        if (forced != null) return !forced;
        // Through an image also on Linux with a GPU: canvas text there goes through Pango on the render thread (see the charts).
        return !Platform.isSupported(ConditionalFeature.SCENE3D) || System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    public Parent root() {
        return root;
    }

    AppMenus menus() {
        return menus;
    }

    Messages messages() {
        return messages;
    }

    LessonPanel lessonPanel() {
        return lesson;
    }

    /** The spec the controls show (what the session runs once it has taken the last change). */
    public RunSpec desired() {
        return lab.spec();
    }

    /** The language the window speaks. */
    public Words words() {
        return words;
    }

    public LabController lab() {
        return lab;
    }

    public PlaneFigure plane() {
        return plane;
    }

    public List<Figure> figures() {
        return figures;
    }

    /** The plane's on-screen pane (tests map data points to screen points through it). */
    public Region planePane() {
        return planePane;
    }

    /** Frames the plane has drawn so far (for measuring the redraw rate). */
    public long planeRedraws() {
        return planePane.redraws();
    }

    /** Writes one view (or "dashboard") of the snapshot on screen, as the Export menu does, without the dialogs. */
    public CompletableFuture<Path> exportShown(String id, Format f, Path file, double scale) {
        return export.write(shown, id, f, file, scale);
    }

    /** Writes the chosen views of the snapshot on screen as one captioned figure, as File > Export does. */
    public CompletableFuture<Path> exportCompositeShown(List<String> ids, Format f, Path file) {
        return export.writeComposite(shown, ids, f, file, 1);
    }

    public void shutdown() {
        loop.stop();
        menus.close();
        export.shutdown();
        heatmap.stop();
        lab.close();
    }

    /**
     * Kernel threads the window's training may use ({@link WindowOptions#trainingThreads}): every
     * core (one left to the drawing sat idle between frames: on 2 cores in software rendering two
     * threads trained faster at the same frame rate); the numbers are the same for any count.
     */
    static int trainingThreadCap() {
        return WindowOptions.fromSystemProperties().trainingThreads();
    }

    /** Installs the keyboard shortcuts on the scene and gives the plane the focus, so they work at once. */
    public void install(Scene scene) {
        KeyShortcuts keys = new KeyShortcuts(stage, controls, lab, help, stories, timelineBar, () -> setPresentation(!menus.presentation.isSelected()), this::selectMethod);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::handle);
        // An exception in any handler on the FX thread is reported in one line and the window goes on
        // (the default prints a trace, and the user would not know a control may not have done its part).
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            System.err.println("wgan-lab: " + e);
            tell(words.format("window.failure", e.getMessage()));
        });
        Platform.runLater(planePane::requestFocus);
    }

    // ---- per frame -----------------------------------------------------------------------

    /** Whether the first Play's warm-up has been announced (once per window: the compiled code stays). */
    private boolean warmedUp;

    /** Takes the latest published state into the views; true when it is a new one. */
    private boolean takeState() {
        SessionState st = lab.state();
        if (st == null) return false;
        timelineBar.onState(st);
        Timeline.Moment back = timelineBar.looking();
        Object key = back != null ? back : Long.valueOf(st.version());
        if (key.equals(shownKey)) return false;
        shownKey = key;
        shown = back != null ? back.snapshot() : st.snapshot();
        // A preset's scheduled switch landed: the controls show the run's new settings.
        if (st.switchesDone() != switchesShown) {
            switchesShown = st.switchesDone();
            bindings.sync();
        }
        plane.update(shown);
        heatmap.submit(shown);
        controls.showRunning(st.playing(), st.criticBurst() > 0);
        if (st.playing() && !warmedUp) {
            // The JIT compiles the kernels over the first seconds: say so rather than look frozen.
            warmedUp = true;
            tell(Products.fmaName().equals("software")
                    ? words.get("window.noFma") : words.get("window.warmingUp"));
        }
        export.offer(shown);
        lesson.onState(st);
        messages.problem(st.problem());
        return true;
    }

    /** The snapshot every view draws now: the live run's, or a kept moment's while looking back. */
    public Snapshot shown() {
        return shown;
    }

    /** The snapshots of the run's kept moments, oldest first. */
    private List<Snapshot> momentsOfRun() {
        List<Snapshot> out = new ArrayList<>();
        for (Timeline.Moment m : lab.timeline().moments()) out.add(m.snapshot());
        return out;
    }

    /** Writes the run's replay page as File > Export > Replay page does, without the dialog. */
    public CompletableFuture<Path> exportReplay(Path file) {
        return export.writeReplay(momentsOfRun(), file);
    }

    /** A message in the notice line (refused values, hints), cleared after a while. */
    void tell(String message) {
        messages.tell(message);
    }

    public String noticeText() {
        return messages.noticeText();
    }

    // ---- overlays ------------------------------------------------------------------------

    private void wireOverlays() {
        controls.onEditData(on -> {
            editor.setEnabled(on);
            if (on) tell(words.get("mixture.editing"));
        });
        controls.onOverlay(changed -> {
            overlay(controls.overlays(plane.options()));
            if (changed == ControlPanel.Overlay.WARP) {
                heatmap.setWarp(controls.shows(ControlPanel.Overlay.WARP));
                if (shown != null) heatmap.submit(shown);
            }
        });
    }

    private void overlay(PlaneOptions o) {
        plane.setOptions(o);
    }

    /** Where the plane's data square is on its pane now (tests map data points to screen points through it). */
    public PlaneGeometry planeGeometry() {
        return plane.geometry(new Rectangle2D.Double(0, 0, planePane.getWidth(), planePane.getHeight()));
    }

    void selectMethod(Method m) {
        bindings.selectMethod(m);
    }

    /** Takes a whole setup (a preset or a loaded config.json): new networks from its seed. */
    void start(RunSpec s, String message) {
        lab.start(s);
        bindings.sync();
        if (message != null) tell(message);
    }

    // ---- menus and keys ------------------------------------------------------------------

    void setPresentation(boolean on) {
        menus.presentation.setSelected(on);
        presenting.set(on);
        if (on) {
            if (!root.getStyleClass().contains("presentation")) root.getStyleClass().add("presentation");
        } else {
            root.getStyleClass().remove("presentation");
        }
        for (Figure f : figures) f.setPresentation(on);
        views.layout(on);
        formula.arrange(on);
        controls.setCompact(on);
    }

    void error(String header, String text) {
        menus.error(header, text);
    }
}
