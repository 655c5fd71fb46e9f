package org.wganlab.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The keyboard shortcuts, over the window (H or F1 to show, Esc or a click to hide). */
final class HelpOverlay extends StackPane {
    static final String[][] KEYS = {
        {"Space", "play / pause"},
        {"C", "one critic step"},
        {"G", "one generator step"},
        {"R", "reset to new networks from the seed"},
        {"1 – 5", "method: clip, gp, lp, none, gan"},
        {"E", "edit the mixture on the plane"},
        {"N", "next story"},
        {"P", "presentation mode (large fonts and marks)"},
        {"Ctrl+S / Ctrl+O", "save / load the setup (config.json)"},
        {"Ctrl+E", "export the dashboard"},
        {"H or F1", "this help"},
        {"Mixture editing", "click: add · drag: move · scroll: spread · right-click: delete"},
    };

    HelpOverlay() {
        setId("help");
        GridPane g = new GridPane();
        g.setHgap(24);
        g.setVgap(6);
        for (int i = 0; i < KEYS.length; i++) {
            Label k = new Label(KEYS[i][0]);
            k.setStyle("-fx-font-weight: bold;");
            g.add(k, 0, i);
            g.add(new Label(KEYS[i][1]), 1, i);
        }
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("title");
        VBox box = new VBox(14, title, g, new Label("Hover over any control to see what it does to training."),
                new Label("Esc, H or a click closes this help."));
        box.getStyleClass().add("help");
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(box);
        setAlignment(Pos.CENTER);
        setVisible(false);
        setOnMouseClicked(e -> setVisible(false));
    }
}
