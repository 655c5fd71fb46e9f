package org.wganlab.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.wganlab.i18n.Words;

/** The keyboard shortcuts, over the window (H or F1 to show, Esc or a click to hide). */
final class HelpOverlay extends StackPane {
    /** The rows of the table: the keys' words and what they do. */
    static final String[][] ROWS = {
        {"help.key.space", "help.does.space"},
        {"help.key.c", "help.does.c"},
        {"help.key.g", "help.does.g"},
        {"help.key.r", "help.does.r"},
        {"help.key.methods", "help.does.methods"},
        {"help.key.e", "help.does.e"},
        {"help.key.n", "help.does.n"},
        {"help.key.p", "help.does.p"},
        {"help.key.setup", "help.does.setup"},
        {"help.key.export", "help.does.export"},
        {"help.key.help", "help.does.help"},
        {"help.key.mixture", "help.does.mixture"},
    };

    HelpOverlay(Words words) {
        setId("help");
        GridPane g = new GridPane();
        g.setHgap(24);
        g.setVgap(6);
        for (int i = 0; i < ROWS.length; i++) {
            Label k = new Label(words.get(ROWS[i][0]));
            k.setStyle("-fx-font-weight: bold;");
            g.add(k, 0, i);
            g.add(new Label(words.get(ROWS[i][1])), 1, i);
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
