package org.wganlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.wganlab.figures.LayerProfile;
import org.wganlab.i18n.Words;
import org.wganlab.lesson.Claim;
import org.wganlab.lesson.ClaimReader;
import org.wganlab.lesson.ClaimResult;
import org.wganlab.lesson.Lesson;
import org.wganlab.lesson.LessonAction;
import org.wganlab.lesson.LessonPlayer;
import org.wganlab.lesson.LessonStart;
import org.wganlab.lesson.LessonStep;
import org.wganlab.lesson.LessonTarget;
import org.wganlab.lesson.StepRun;
import org.wganlab.session.SessionFile;
import org.wganlab.train.SessionState;
import org.wganlab.train.Snapshot;

/**
 * The lesson being given, under the story bar: the step's title and text, what to watch, Back
 * and Next. Entering a step sets up its run through the {@link LessonTarget} and plays it; the
 * step's switches and its pause happen as the run's published iterations pass them. Hidden
 * when no lesson is open; the teacher may still change anything by hand.
 */
final class LessonPanel extends VBox {
    private final LessonTarget target;
    private final Consumer<String> tell;
    private final Runnable play;
    /** Stops the run by itself at an iteration, so a scheduled moment lands exactly there. */
    private final IntConsumer hold;
    private int stop = -1;
    private final Label heading = new Label();
    /** The claims' standing as last read, shown again when the step is typeset anew. */
    private List<ClaimResult> lastClaims = List.of();
    private final Label text = new Label();
    private final Label watch = new Label();
    /** The step's claims, each with its live value and a tick once it holds: the teacher sees before the class does whether the story is there. */
    private final FlowPane claims = new FlowPane(14, 2);
    private final List<ClaimLine> claimLines = new ArrayList<>();
    /** A claim's size against the step's text. */
    private static final double CLAIM_SCALE = 0.92;
    /** Tells the layer-grads chart which earlier steps' profiles to draw beside the live run. */
    private final Consumer<List<LayerProfile>> showKept;
    /** The profiles kept by the steps of this lesson, by step index, as each step ended. */
    private final SortedMap<Integer, LayerProfile> kept = new TreeMap<>();
    /** The first state of the step's own run: what its claims of change read from. */
    private Snapshot stepStart;
    private final Words words;
    private final Button back, next;
    private LessonPlayer player;
    /** The run the step's schedule belongs to: states of an earlier run (still in flight when the step began) are not counted. */
    private long awaitedRun = -1;
    private boolean endTold;
    /** The session's latest published state: a step begins from where the run is now, not from the last frame drawn. */
    private final Supplier<SessionState> latest;

    LessonPanel(LessonTarget target, Consumer<String> tell, Runnable play, IntConsumer hold, Supplier<SessionState> latest,
            Consumer<List<LayerProfile>> showKept, Words words) {
        this.words = words;
        back = new Button(words.get("lesson.back"));
        next = new Button(words.get("lesson.next"));
        this.latest = latest;
        this.showKept = showKept;
        this.target = target;
        this.tell = tell;
        this.play = play;
        this.hold = hold;
        setId("lesson-panel");
        getStyleClass().add("lesson-panel");
        setPadding(new Insets(6, 10, 6, 10));
        setSpacing(3);
        heading.setId("lesson-heading");
        heading.getStyleClass().add("lesson-heading");
        heading.setMinWidth(0);
        text.setId("lesson-text");
        text.setWrapText(true);
        text.getStyleClass().add("lesson-text");
        // Words with formulas are a flow typeset at the font the label had: when the font
        // changes (presentation mode), the step is typeset again at the new size.
        text.fontProperty().addListener((o, was, now) -> {
            if (player == null || player.step() == null) return;
            show(player.step());
            showClaimLines(player.step());
            showClaims(lastClaims);
        });
        watch.setId("lesson-watch");
        watch.setWrapText(true);
        watch.getStyleClass().add("lesson-watch");
        back.setId("lesson-back");
        next.setId("lesson-next");
        back.setFocusTraversable(false);
        next.setFocusTraversable(false);
        back.setOnAction(e -> go(player.index() - 1));
        next.setOnAction(e -> go(player.index() + 1));
        Button close = new Button(words.get("lesson.close"));
        close.setId("lesson-close");
        close.setFocusTraversable(false);
        close.setTooltip(new Tooltip(words.get("lesson.close.tip")));
        close.setOnAction(e -> close());
        for (Button b : new Button[] {back, next, close}) b.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(8, heading, back, next, close);
        top.setAlignment(Pos.CENTER_LEFT);
        claims.setId("lesson-claims");
        claims.getStyleClass().add("lesson-claims");
        getChildren().addAll(top, text, watch, claims);
        setVisible(false);
        setManaged(false);
    }

    /** Opens a lesson at its first step. */
    void open(Lesson lesson) {
        open(lesson, 0);
    }

    /** Opens a lesson at step i (0-based; out of range: the first). */
    void open(Lesson lesson, int i) {
        player = new LessonPlayer(lesson, SessionFile::read);
        kept.clear();
        setVisible(true);
        setManaged(true);
        openProperty.set(true);
        go(i >= 0 && i < lesson.steps().size() ? i : 0);
    }

    /** True while a lesson is open (presentation mode then gives the story bar's room to it). */
    final BooleanProperty openProperty = new SimpleBooleanProperty(false);

    Lesson lesson() {
        return player == null ? null : player.lesson();
    }

    int stepIndex() {
        return player == null ? -1 : player.index();
    }

    void close() {
        player = null;
        kept.clear();
        showKept.accept(List.of());
        openProperty.set(false);
        setVisible(false);
        setManaged(false);
    }

    private void go(int i) {
        if (player == null || i < 0 || i >= player.lesson().steps().size()) return;
        LessonStep step = player.lesson().steps().get(i);
        boolean newRun = !(step.start() instanceof LessonStart.Continue) || i != player.index() + 1;
        SessionState now = latest.get();
        try {
            player.enter(i, target, now.snapshot().iteration());
        } catch (IllegalArgumentException e) {
            tell.accept(words.format("lesson.stepFailed", i + 1, Refusal.worded(e, words)));
            return;
        }
        awaitedRun = newRun ? now.run() + 1 : now.run();
        endTold = false;
        stepStart = newRun ? null : now.snapshot();
        showKept.accept(List.copyOf(kept.headMap(i).values()));
        show(step);
        lastClaims = List.of();
        showClaimLines(step);
        stop = player.nextStop();
        if (stop >= 0) hold.accept(stop);
        if (step.iterations() > 0) play.run();
    }

    private void show(LessonStep step) {
        Lesson l = player.lesson();
        MathLabels.showLine(heading, words.format("lesson.heading", l.title(), player.index() + 1, l.steps().size(), step.title()));
        // The panel's width less its padding: where the text wraps.
        var measure = widthProperty().subtract(getPadding().getLeft() + getPadding().getRight());
        MathLabels.show(text, step.text(), measure);
        MathLabels.show(watch, step.pointAt().isEmpty() ? "" : words.format("story.watch", step.pointAt()), measure);
        watch.setVisible(!step.pointAt().isEmpty());
        watch.setManaged(!step.pointAt().isEmpty());
        back.setDisable(!player.hasPrevious());
        next.setDisable(!player.hasNext());
    }

    /**
     * Each newly published state: the step's actions due by its iteration happen (once the
     * step's own run is the one shown). When the run stopped at the scheduled moment, it plays on
     * to the next, unless the moment was a pause or the step's end.
     */
    void onState(SessionState st) {
        int lastIteration = st.snapshot().iteration();
        if (player == null || player.step() == null || st.run() < awaitedRun) return;
        if (stepStart == null) stepStart = st.snapshot();
        LessonStep step = player.step();
        if (!step.expect().isEmpty()) {
            showClaims(ClaimReader.readAll(step.expect(), new StepRun(player.begin(), step.iterations(), stepStart, st.snapshot())));
        }
        List<LessonAction> done = player.atIteration(lastIteration, target);
        for (LessonAction a : done) tell.accept(words.format("lesson.action", a.describe()));
        boolean heldHere = stop >= 0 && !st.playing() && lastIteration >= stop;
        if (heldHere || !done.isEmpty()) {
            boolean pausedByStep = player.stepEnded() || done.stream().anyMatch(a -> a instanceof LessonAction.Pause);
            stop = player.nextStop();
            if (stop >= 0) hold.accept(stop);
            if (heldHere && !pausedByStep) play.run();
        }
        if (player.stepEnded() && !endTold) {
            endTold = true;
            if (!step.keepProfile().isEmpty() && st.snapshot().criticSteps() > 0) kept.put(player.index(), new LayerProfile(step.keepProfile(), st.snapshot().norms().perLayer()));
            tell.accept(words.format(player.hasNext() ? "lesson.stepDone" : "lesson.lastStepDone", player.index() + 1, player.step().iterations()));
        }
    }

    /** The step's claims, each typeset once: a line per claim, its mark and value still to come. */
    private void showClaimLines(LessonStep step) {
        claimLines.clear();
        Font font = Font.font(text.getFont().getFamily(), text.getFont().getSize() * CLAIM_SCALE);
        for (Claim c : step.expect()) claimLines.add(new ClaimLine(c, font, text.getTextFill(), words));
        List<Node> labels = new ArrayList<>();
        for (ClaimLine l : claimLines) labels.add(l.label());
        claims.getChildren().setAll(labels);
        claims.setVisible(!labels.isEmpty());
        claims.setManaged(!labels.isEmpty());
    }

    /** Each claim's mark and value: a tick and its value once it holds, else the value it has reached so far. */
    private void showClaims(List<ClaimResult> results) {
        lastClaims = results;
        for (int k = 0; k < claimLines.size(); k++) claimLines.get(k).show(k < results.size() ? results.get(k) : null);
    }
}
