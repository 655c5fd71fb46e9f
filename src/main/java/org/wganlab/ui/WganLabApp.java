package org.wganlab.ui;

import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.wganlab.config.DataSpec;
import org.wganlab.config.RunSpec;
import org.wganlab.kernel.tuning.KernelSetup;
import org.wganlab.lesson.Lessons;
import org.wganlab.train.Presets;
import org.wganlab.train.Warmup;

/** The WGAN Lab window, opened with the default preset, one click from training. */
public class WganLabApp extends Application {
    private MainView view;

    @Override
    public void start(Stage stage) {
        WindowOptions options = WindowOptions.fromSystemProperties();
        RunSpec spec = Presets.defaultSpec();
        if (options.dataset() != null) spec = spec.withData(DataSpec.named(options.dataset()));
        view = new MainView(stage, spec);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(1500, screen.getWidth()), Math.min(940, screen.getHeight()));
        view.install(scene);
        stage.setTitle(view.words().get("app.title"));
        stage.setScene(scene);
        stage.show();
        // While the teacher finds Play, the kernel is tuned for this CPU (once: then cached; Play
        // stops a probe) and the JIT compiles the training kernels and the drawing on a throwaway
        // run (not in tests: only here).
        if (options.warmup()) {
            BooleanSupplier busy = () -> {
                var st = view.lab().state();
                return st.playing() || st.snapshot().criticSteps() > 0 || st.criticBurst() > 0;
            };
            Warmup.start(view.lab().spec(), MainView.trainingThreadCap(), busy,
                    () -> KernelSetup.prepare(busy, notice -> System.err.println("wgan-lab: " + notice)), new DrawingWarmup(MainView.planeViaImage()));
        }
        if (options.story() != null && view.root().lookup("#presets") instanceof ComboBox<?> box) box.getSelectionModel().select(options.story().intValue());
        boolean compare = options.opensCompare();
        if (options.autoplay() && !compare) view.lab().play();
        if (options.lesson() != null) view.lessonPanel().open(Lessons.find(options.lesson()), options.lessonStep() - 1);
        if (options.presentation()) view.setPresentation(true);
        for (String id : options.shown()) {
            if (view.root().lookup("#show-" + id) instanceof CheckBox box) box.setSelected(true);
        }
        if (options.transportSteps()) view.menus().transportStepThrough().show();
        if (compare) {
            CompareWindow w = view.menus().openCompare();
            if (options.compare().matches("\\d+")) w.ready.getSelectionModel().select(Integer.parseInt(options.compare()));
            if (options.autoplay()) w.pair().play();
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
