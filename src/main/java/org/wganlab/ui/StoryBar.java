package org.wganlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.wganlab.i18n.Words;
import org.wganlab.train.Presets;

/**
 * The stories, up front under the menu bar: the preset box, a Next button (N) and the one line
 * that says what to watch, so a teacher finds "Figure 1(a)" without scrolling.
 */
final class StoryBar extends HBox {
    private final ComboBox<Presets.Preset> presets;
    private final Label watch;
    private final Words words;

    StoryBar(ComboBox<Presets.Preset> presets, Words words) {
        this.presets = presets;
        this.words = words;
        watch = new Label(words.get("story.choose"));
        setId("story-bar");
        getStyleClass().add("story-bar");
        setSpacing(8);
        setPadding(new Insets(4, 10, 4, 10));
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(words.get("story.title"));
        title.getStyleClass().add("section");
        Button next = new Button(words.get("story.next"));
        next.setId("next-story");
        next.setTooltip(new Tooltip(words.get("story.next.tip")));
        next.setFocusTraversable(false);
        next.setOnAction(e -> next());
        watch.setId("story-text");
        watch.setMinWidth(0);
        // The title, the box and Next keep their size; a long story wraps to a second line rather than squeezing them.
        for (Control c : new Control[] {title, presets, next}) c.setMinWidth(Region.USE_PREF_SIZE);
        watch.setWrapText(true);
        watch.setMaxHeight(2.6 * 15);
        HBox.setHgrow(watch, Priority.ALWAYS);
        getChildren().addAll(title, presets, next, watch);
    }

    /** Selects the story after the current one (the first when none is chosen); the box's action, fired by the change, starts it. */
    void next() {
        int i = presets.getSelectionModel().getSelectedIndex();
        presets.getSelectionModel().select((i + 1) % presets.getItems().size());
    }

    /** What to watch in the story running now, or the hint when none is. */
    void show(Presets.Preset p) {
        watch.setText(p == null ? words.get("story.own") : words.format("story.watch", p.story()));
        watch.setTooltip(p == null ? null : new Tooltip(p.story()));
    }
}
