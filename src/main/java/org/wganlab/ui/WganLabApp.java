package org.wganlab.ui;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.wganlab.train.Presets;
import org.wganlab.config.DataSpec;
import org.wganlab.config.RunSpec;

/** The WGAN Lab window, opened with the default preset, one click from training. */
public class WganLabApp extends Application {
    private MainView view;

    @Override
    public void start(Stage stage) {
        // For scripted screenshots and demos: -Dwganlab.dataset=25gaussians -Dwganlab.autoplay=true (and the lesson ones below)
        RunSpec spec = Presets.defaultSpec();
        String ds = System.getProperty("wganlab.dataset");
        if (ds != null) spec = spec.withData(DataSpec.named(ds));
        view = new MainView(stage, spec);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(1500, screen.getWidth()), Math.min(940, screen.getHeight()));
        view.install(scene);
        stage.setTitle("WGAN Lab");
        stage.setScene(scene);
        stage.show();
        // While the teacher finds Play, the kernel is tuned for this CPU (once: then cached; Play
        // stops a probe) and the JIT compiles the training kernels and the drawing on a throwaway
        // run (not in tests: only here).
        if (!Boolean.getBoolean("wganlab.noWarmup")) {
            java.util.function.BooleanSupplier busy = () -> {
                var st = view.session().state();
                return st.playing() || st.snapshot().criticSteps() > 0 || st.criticBurst() > 0;
            };
            org.wganlab.train.Warmup.start(view.lab().spec(), MainView.trainingThreadCap(), busy,
                    () -> org.wganlab.kernel.tuning.KernelSetup.prepare(busy, notice -> System.err.println("wgan-lab: " + notice)), new DrawingWarmup(MainView.planeViaImage()));
        }
        // -Dwganlab.preset=N chooses the N-th story (0 the first) as the story bar would.
        String preset = System.getProperty("wganlab.preset");
        if (preset != null && view.root().lookup("#presets") instanceof javafx.scene.control.ComboBox<?> box) {
            box.getSelectionModel().select(Integer.parseInt(preset.strip()));
        }
        // -Dwganlab.compare=true (or the number of a ready comparison, 0 the first) opens the side-by-side window (with autoplay, playing).
        String comparison = System.getProperty("wganlab.compare", "false").strip();
        boolean compare = !comparison.equals("false");
        if (Boolean.getBoolean("wganlab.autoplay") && !compare) view.session().play();
        // -Dwganlab.lesson=05-gradient-penalty opens a lesson at its first step; -Dwganlab.presentation=true enlarges everything.
        String lesson = System.getProperty("wganlab.lesson");
        // -Dwganlab.lessonStep=3 opens it at that step (1-based).
        if (lesson != null) view.lessonPanel().open(org.wganlab.lesson.Lessons.find(lesson), Integer.getInteger("wganlab.lessonStep", 1) - 1);
        if (Boolean.getBoolean("wganlab.presentation")) view.setPresentation(true);
        // -Dwganlab.show=transport,estimate-over-k ticks those "Show on the plane" boxes.
        for (String id : System.getProperty("wganlab.show", "").split(",")) {
            if (!id.isBlank() && view.root().lookup("#show-" + id.strip()) instanceof javafx.scene.control.CheckBox box) box.setSelected(true);
        }
        if (Boolean.getBoolean("wganlab.transportSteps")) view.menus().transportStepThrough().show();
        if (compare) {
            CompareWindow w = view.menus().openCompare();
            if (comparison.matches("\\d+")) w.ready.getSelectionModel().select(Integer.parseInt(comparison));
            if (Boolean.getBoolean("wganlab.autoplay")) w.pair().play();
        }
    }

    public MainView view() {
        return view;
    }

    @Override
    public void stop() {
        if (view != null) view.shutdown();
    }
}
