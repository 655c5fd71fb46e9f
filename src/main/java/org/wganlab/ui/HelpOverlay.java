package org.wganlab.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.wganlab.i18n.Words;

/** The keyboard shortcuts, over the window (H or F1 to show, Esc or a click to hide). */
final class HelpOverlay extends StackPane {
    /** The rows of the table, by the end of their keys: help.key.NAME and help.does.NAME. */
    static final String[] ROWS = {"space", "c", "g", "r", "methods", "e", "n", "p", "setup", "export", "help", "mixture"};

    HelpOverlay(Words words) {
        setId("help");
        GridPane g = new GridPane();
        g.setHgap(24);
        g.setVgap(6);
        for (int i = 0; i < ROWS.length; i++) {
            Label k = new Label(words.get("help.key." + ROWS[i]));
            k.setStyle("-fx-font-weight: bold;");
            g.add(k, 0, i);
            g.add(new Label(words.get("help.does." + ROWS[i])), 1, i);
        }
        Label title = new Label(words.get("menu.view.shortcuts"));
        title.getStyleClass().add("title");
        VBox box = new VBox(14, title, g, new Label(words.get("help.hover")), new Label(words.get("help.close")));
        box.getStyleClass().add("help");
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(box);
        setAlignment(Pos.CENTER);
        setVisible(false);
        setOnMouseClicked(e -> setVisible(false));
    }
}
