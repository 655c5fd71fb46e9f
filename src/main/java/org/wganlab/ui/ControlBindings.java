package org.wganlab.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.wganlab.config.Method;
import org.wganlab.config.NetworkSpec;
import org.wganlab.config.Range;
import org.wganlab.config.RunSpec;
import org.wganlab.data.GaussianMixture;
import org.wganlab.data.PointCloud;
import org.wganlab.i18n.Words;
import org.wganlab.lab.LabController;
import org.wganlab.train.Presets;
import org.wganlab.train.Snapshot;

/**
 * Binds the left-hand controls to the {@link LabController}: each control hands its change to
 * the controller and shows what the controller made of it. A change the spec refuses leaves
 * the controls as they were, with the reason in the notice line.
 */
final class ControlBindings {
    private final Stage stage;
    private final ControlPanel controls;
    private final LabController lab;
    private final Supplier<Snapshot> shown;
    private final Consumer<String> tell;
    private final Consumer<Presets.Preset> story;
    private final Words words;

    ControlBindings(Stage stage, ControlPanel controls, LabController lab, Supplier<Snapshot> shown, Consumer<String> tell, Consumer<Presets.Preset> story, Words words) {
        this.words = words;
        this.story = story;
        this.stage = stage;
        this.controls = controls;
        this.lab = lab;
        this.shown = shown;
        this.tell = tell;
    }

    void bind() {
        ControlPanel c = controls;
        c.onTransport(lab::togglePlay, lab::stepCritic, lab::stepGenerator, lab::reset, this::trainCriticOrStop);
        c.onSpeed(v -> lab.setSpeed((int) Math.round(v)), lab.speed());
        c.onMethod(this::selectMethod);
        c.onKnob(ControlPanel.Knob.CLIP, v -> live(s -> s.withClip(v)));
        c.onKnob(ControlPanel.Knob.LAMBDA, v -> live(s -> s.withLambda(v)));
        c.onKnob(ControlPanel.Knob.LR, v -> refusing(() -> lab.setLearningRate(v)));
        c.onKnob(ControlPanel.Knob.LR_DECAY, v -> live(s -> s.withLrDecay((int) Math.round(v))));
        c.onKnob(ControlPanel.Knob.CRITIC_ITERS, v -> live(s -> s.withCriticIters((int) Math.round(v))));
        c.onKnob(ControlPanel.Knob.BATCH, v -> live(s -> s.withBatch((int) Math.round(v))));
        c.onDataset(this::selectDataset);
        c.onFixedGenerator(b -> {
            if (b != lab.spec().fixedGenerator()) live(s -> s.withFixedGenerator(b));
        });
        c.onRebuild(this::rebuild);
        c.onPreset(p -> {
            if (p != lab.preset()) start(p);
        });
    }

    private void trainCriticOrStop() {
        var st = lab.state();
        if (st != null && st.criticBurst() > 0) {
            lab.pause();
            tell.accept(words.get("critic.stopped"));
            return;
        }
        lab.trainCritic(ControlPanel.OPTIMAL_CRITIC_STEPS);
        tell.accept(words.format("critic.alone", ControlPanel.OPTIMAL_CRITIC_STEPS));
    }

    private void selectDataset(String id) {
        if (id.equals(lab.spec().data().id())) return;
        Snapshot s = shown.get();
        if (PointCloud.ID.equals(id)) {
            // The window's own words for where points come from: the engine only knows they are not chosen by name.
            tell.accept(words.get("points.fromFile"));
            sync();
            return;
        }
        refusing(() -> lab.selectDataset(id, s == null ? null : s.distribution()));
    }

    void start(Presets.Preset p) {
        refusing(() -> {
            lab.start(p);
            tell.accept(p.name() + ": " + p.story());
            return lab.spec();
        });
    }

    void selectMethod(Method m) {
        controls.showMethod(m);
        refusing(() -> lab.selectMethod(m));
    }

    void mixtureEdited(GaussianMixture m, boolean record) {
        lab.mixtureEdited(m, record);
        controls.show(lab.spec());
    }

    /** Shows the controller's spec in the controls (after a preset, a load, a refusal). */
    void sync() {
        controls.show(lab.spec());
        controls.showPreset(lab.preset());
        story.accept(lab.preset());
    }

    private void live(UnaryOperator<RunSpec> edit) {
        refusing(() -> lab.change(edit));
    }

    /** Runs a change; a refusal is told, and the controls go back to the spec in force. */
    private void refusing(Supplier<RunSpec> change) {
        try {
            change.get();
        } catch (IllegalArgumentException e) {
            tell.accept(Refusal.worded(e, words));
        }
        sync();
    }

    /**
     * The rebuild the network fields ask for, or a refusal in the window's words (the fields'
     * names, not config.json's keys) that ends with nothing rebuilt.
     */
    private RunSpec proposedRebuild() {
        ControlPanel.NetworkFields f = controls.networkFields();
        int width, depth;
        long seed;
        try {
            width = Integer.parseInt(f.width());
            depth = Integer.parseInt(f.depth());
            seed = Long.parseLong(f.seed());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(words.get("rebuild.notWhole"));
        }
        inRange(Range.HIDDEN, "control.width", width);
        inRange(Range.LAYERS, "control.depth", depth);
        NetworkSpec net = new NetworkSpec(width, depth, f.activation());
        if (!LabController.trainsLive(net)) throw new IllegalArgumentException(words.format("rebuild.tooWide", width, depth));
        if (!lab.rebuildChanges(net, seed)) throw new IllegalArgumentException(words.get("rebuild.unchanged"));
        return lab.proposeRebuild(net, seed);
    }

    /** Refuses a field's value outside its range, in the window's words; NetworkSpec checks the same range again, as the rule. */
    private void inRange(Range range, String fieldKey, int value) {
        if (!range.contains(value)) {
            throw new IllegalArgumentException(words.format("rebuild.outOfRange", words.get(fieldKey), ParamControl.rule(range, words), value));
        }
    }

    private void rebuild() {
        RunSpec next;
        try {
            next = proposedRebuild();
        } catch (IllegalArgumentException ex) {
            tell.accept(Refusal.worded(ex, words));
            sync();
            return;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION,
                words.format("rebuild.confirm", next.hidden(), next.layers(), next.activation().id, next.seed()), ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setHeaderText(words.get("rebuild.title"));
        a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> lab.rebuild(next));
        sync();
    }
}
