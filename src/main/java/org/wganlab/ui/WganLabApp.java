package org.wganlab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The WGAN Lab window. */
public class WganLabApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("WGAN Lab");
        stage.setScene(new Scene(new Label("WGAN Lab: the live visualizer is coming."), 640, 400));
        stage.show();
    }
}
