package org.wganlab.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.wganlab.config.Method;
import org.wganlab.config.NetworkSpec;
import org.wganlab.config.RunSpec;
import org.wganlab.data.GaussianMixture;
import org.wganlab.data.PointCloud;
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

    ControlBindings(Stage stage, ControlPanel controls, LabController lab, Supplier<Snapshot> shown, Consumer<String> tell, Consumer<Presets.Preset> story) {
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
            tell.accept("Stopped training the critic alone.");
            return;
        }
        lab.trainCritic(ControlPanel.OPTIMAL_CRITIC_STEPS);
        tell.accept("The generator is frozen: the critic trains alone for " + ControlPanel.OPTIMAL_CRITIC_STEPS
                + " steps, its estimate climbing toward the exact W1 (the status line follows it).");
    }

    private void selectDataset(String id) {
        if (id.equals(lab.spec().data().id())) return;
        Snapshot s = shown.get();
        if (PointCloud.ID.equals(id)) {
            // The window's own words for where points come from: the engine only knows they are not chosen by name.
            tell.accept("Your own points come from a CSV file: File > Load points… (the set loaded before is not kept once other data is chosen).");
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
            tell.accept(e.getMessage());
        }
        sync();
    }

    private void rebuild() {
        RunSpec next;
        try {
            ControlPanel.NetworkFields f = controls.networkFields();
            NetworkSpec net = new NetworkSpec(Integer.parseInt(f.width()), Integer.parseInt(f.depth()), f.activation());
            next = lab.proposeRebuild(net, Long.parseLong(f.seed()));
        } catch (NumberFormatException ex) {
            tell.accept("Width, depth and seed must be whole numbers; nothing was rebuilt.");
            sync();
            return;
        } catch (IllegalArgumentException ex) {
            // The fields are labelled width and depth: say those words, not config.json's keys.
            String m = ex.getMessage().replaceFirst("^hidden ", "width ").replaceFirst("^layers ", "depth ");
            tell.accept(m.contains("nothing") ? m : m + "; nothing was rebuilt.");
            sync();
            return;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION,
                "Rebuild both networks (width " + next.hidden() + ", depth " + next.layers() + ", " + next.activation().id + ", seed " + next.seed()
                        + ")? Training restarts from iteration 0.", ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setHeaderText("Rebuild the networks");
        a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> lab.rebuild(next));
        sync();
    }
}
