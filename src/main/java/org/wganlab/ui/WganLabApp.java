package org.wganlab.ui;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.wganlab.train.Presets;
import org.wganlab.train.TrainConfig;

/** The WGAN Lab window, opened with the default preset, one click from training. */
public class WganLabApp extends Application {
    private MainView view;

    @Override
    public void start(Stage stage) {
        // For scripted screenshots and demos: -Dwganlab.dataset=25gaussians -Dwganlab.autoplay=true
        TrainConfig config = Presets.defaultConfig();
        String ds = System.getProperty("wganlab.dataset");
        if (ds != null) config.dataset = ds;
        view = new MainView(stage, config);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(1500, screen.getWidth()), Math.min(940, screen.getHeight()));
        view.install(scene);
        stage.setTitle("WGAN Lab");
        stage.setScene(scene);
        stage.show();
        if (Boolean.getBoolean("wganlab.autoplay")) view.session().play();
    }

    public MainView view() {
        return view;
    }

    @Override
    public void stop() {
        if (view != null) view.shutdown();
    }
}
