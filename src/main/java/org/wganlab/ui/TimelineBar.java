package org.wganlab.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.wganlab.i18n.Words;
import org.wganlab.lab.LabController;
import org.wganlab.train.SessionState;
import org.wganlab.train.Timeline;
import org.wganlab.train.TrainEvent;

/**
 * The run's timeline under the views: drag it back and every view shows that moment (training
 * pauses while the class looks back); Live or Play returns to the live end; Continue from here
 * trains on from the moment shown, the future after it dropped. The run's events are marked
 * above the slider. The moments themselves are the engine's ({@link Timeline}); this bar only
 * chooses which one the views draw (the frame loop asks it at every frame).
 */
final class TimelineBar extends HBox {
    /** Continuing from further back than this many iterations asks first: that much training is dropped. */
    static final int CONFIRM_ABOVE_ITERATIONS = 200;

    /**
     * Whose timeline the bar moves through: the window's run, or a pair's (side A's moments,
     * side B shown at the same iterations).
     */
    record Source(Supplier<Timeline> timeline, Runnable pause, Consumer<Timeline.Moment> continueFrom) {
        static Source of(LabController lab) {
            return new Source(lab::timeline, lab::pause, lab::continueFrom);
        }
    }

    private final Source source;
    private final Stage stage;
    private final Consumer<String> tell;
    private final Slider slider = new Slider(0, 0, 0);
    private final Pane marks = new Pane();
    private final Words words;
    private final Label where;
    private final Button back, forward, live, continueHere;
    private static final Color EVENT = Color.web("#c0392b");
    /** The moment the views show, or null: the live run. */
    private Timeline.Moment looking;
    private long timelineVersion = -1;
    private List<TrainEvent> events = List.of();
    private boolean updating;

    TimelineBar(Stage stage, Source source, Consumer<String> tell, Words words) {
        this.words = words;
        where = new Label(words.get("timeline.live"));
        back = button("timeline-back", "◀", words.get("timeline.back.tip"));
        forward = button("timeline-forward", "▶", words.get("timeline.forward.tip"));
        live = button("timeline-live", words.get("timeline.liveButton"), words.get("timeline.liveButton.tip"));
        continueHere = button("timeline-continue", words.get("timeline.continue"), words.get("timeline.continue.tip"));
        this.stage = stage;
        this.source = source;
        this.tell = tell;
        setId("timeline");
        setSpacing(6);
        setPadding(new Insets(2, 10, 2, 10));
        setAlignment(Pos.CENTER_LEFT);
        slider.setId("timeline-slider");
        slider.setTooltip(new Tooltip(words.get("timeline.slider.tip")));
        slider.setFocusTraversable(false);
        slider.setBlockIncrement(1);
        // Narrow enough that the buttons after it fit beside a lesson in presentation mode at 1280x720.
        slider.setMinWidth(60);
        slider.valueProperty().addListener((o, a, b) -> {
            if (!updating) showIndex((int) Math.round(b.doubleValue()));
        });
        slider.widthProperty().addListener((o, a, b) -> drawMarks());
        marks.setMouseTransparent(true);
        marks.setMaxHeight(6);
        StackPane track = new StackPane(slider, marks);
        StackPane.setAlignment(marks, Pos.TOP_LEFT);
        HBox.setHgrow(track, Priority.ALWAYS);
        where.setId("timeline-where");
        where.setMinWidth(USE_PREF_SIZE);
        where.setTooltip(new Tooltip(words.get("timeline.where.tip")));
        back.setOnAction(e -> step(-1));
        forward.setOnAction(e -> step(1));
        live.setOnAction(e -> goLive());
        continueHere.setOnAction(e -> continueFromHere());
        getChildren().addAll(back, forward, track, where, live, continueHere);
        refreshButtons();
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** The moment the views should show, or null for the live run. */
    Timeline.Moment looking() {
        return looking;
    }

    /** A new state of the live run: Play returns to the live end; the slider follows the kept moments. */
    void onState(SessionState st) {
        if (st.playing() && looking != null) goLive();
        events = st.snapshot().events();
        Timeline t = source.timeline().get();
        if (t.version() == timelineVersion) return;
        timelineVersion = t.version();
        // A new run (a reset, a preset, an opened session) dropped the moment shown: its numbers are not this run's.
        if (looking != null && !t.moments().contains(looking)) goLive();
        int n = t.size();
        updating = true;
        try {
            slider.setMax(Math.max(0, n - 1));
            slider.setDisable(n < 2);
            if (looking == null) slider.setValue(slider.getMax());
        } finally {
            updating = false;
        }
        drawMarks();
        refreshButtons();
        if (looking == null) where.setText(n == 0 ? words.get("timeline.live") : n == 1 ? words.get("timeline.liveMoment") : words.format("timeline.liveMoments", n));
    }

    /** Moves this many moments back (negative) or forward; past the last one is the live run. */
    void step(int delta) {
        Timeline t = source.timeline().get();
        if (t.size() == 0) return;
        int at = looking == null ? t.size() - 1 : indexOf(looking);
        int to = Math.max(0, Math.min(t.size() - 1, at + delta));
        if (looking == null && delta > 0) return;
        if (looking != null && delta > 0 && at == t.size() - 1) {
            goLive();
            return;
        }
        updating = true;
        try {
            slider.setValue(to);
        } finally {
            updating = false;
        }
        showIndex(to);
    }

    private int indexOf(Timeline.Moment m) {
        List<Timeline.Moment> all = source.timeline().get().moments();
        int i = all.indexOf(m);
        return i < 0 ? all.size() - 1 : i;
    }

    private void showIndex(int i) {
        Timeline t = source.timeline().get();
        if (t.size() == 0) return;
        i = Math.max(0, Math.min(t.size() - 1, i));
        source.pause().run();
        looking = t.get(i);
        Timeline.Moment last = t.get(t.size() - 1);
        where.setText(looking.iteration() + " / " + last.iteration());
        refreshButtons();
    }

    /** The views show the live run again. */
    void goLive() {
        if (looking == null) return;
        looking = null;
        updating = true;
        try {
            slider.setValue(slider.getMax());
        } finally {
            updating = false;
        }
        where.setText(words.get("timeline.live"));
        refreshButtons();
    }

    private void continueFromHere() {
        if (looking == null) return;
        Timeline t = source.timeline().get();
        int lastIteration = t.size() == 0 ? looking.iteration() : t.get(t.size() - 1).iteration();
        int dropped = lastIteration - looking.iteration();
        if (dropped > CONFIRM_ABOVE_ITERATIONS) {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, words.format("timeline.confirm", looking.iteration(), dropped), ButtonType.OK, ButtonType.CANCEL);
            a.initOwner(stage);
            a.setHeaderText(words.get("timeline.confirm.title"));
            if (a.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) return;
        }
        Timeline.Moment from = looking;
        source.continueFrom().accept(from);
        looking = null;
        where.setText(words.get("timeline.live"));
        refreshButtons();
        tell.accept(dropped == 0 ? words.format("timeline.continued", from.iteration())
                : dropped == 1 ? words.format("timeline.continuedDroppedOne", from.iteration())
                : words.format("timeline.continuedDropped", from.iteration(), dropped));
    }

    private void refreshButtons() {
        boolean back = looking != null;
        live.setDisable(!back);
        continueHere.setDisable(!back);
        forward.setDisable(!back);
        this.back.setDisable(source.timeline().get().size() < 2 || back && indexOf(looking) == 0);
    }

    /** A thin mark above the slider at each event's place among the kept moments. */
    private void drawMarks() {
        marks.getChildren().clear();
        List<Timeline.Moment> all = source.timeline().get().moments();
        if (all.size() < 2) return;
        double width = Math.max(1, slider.getWidth() - 14);
        for (TrainEvent e : events) {
            int i = nearestIndex(all, e.iteration());
            Rectangle r = new Rectangle(2, 6);
            r.setFill(EVENT);
            r.setLayoutX(7 + width * i / (all.size() - 1));
            Tooltip.install(r, new Tooltip(words.format("timeline.event", e.iteration(), e.description())));
            marks.getChildren().add(r);
        }
    }

    private static int nearestIndex(List<Timeline.Moment> all, int iteration) {
        int best = 0;
        for (int i = 1; i < all.size(); i++) {
            if (Math.abs(all.get(i).iteration() - iteration) < Math.abs(all.get(best).iteration() - iteration)) best = i;
        }
        return best;
    }
}
