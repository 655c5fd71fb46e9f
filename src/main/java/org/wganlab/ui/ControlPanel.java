package org.wganlab.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.wganlab.config.Method;
import org.wganlab.config.Range;
import org.wganlab.config.RunSpec;
import org.wganlab.data.Datasets;
import org.wganlab.figures.PlaneOptions;
import org.wganlab.nn.Activation;
import org.wganlab.train.Presets;

/** The left-hand controls: transport, method, live parameters, data, network, overlays (the stories sit in the story bar). */
final class ControlPanel extends VBox {
    private final Button play = button("play", "▶ Play", "Start or pause training (Space)");
    private final Button stepCritic = button("step-critic", "Step C", "One critic step: the critic moves, the generator does not (C)");
    private final Button stepGenerator = button("step-generator", "Step G", "One generator step against the current critic (G)");
    private final Button reset = button("reset", "Reset", "New networks from the seed: the same seed replays the same run (R)");
    /** Kantorovich-Rubinstein as an experiment: the critic alone, toward the supremum of eq. 3. */
    static final int OPTIMAL_CRITIC_STEPS = 2000;
    private final Button trainCritic = button("train-critic", "Train C to optimality",
            "Freeze the generator and train the critic " + OPTIMAL_CRITIC_STEPS + " steps: its estimate E[C(x)] − E[C(G(z))] climbs toward the exact W1 (eq. 3). Pause stops it.");
    private final ParamControl speed;
    private final Map<Method, ToggleButton> methods = new EnumMap<>(Method.class);
    private final ParamControl clip, lambda, lr, lrDecay, criticIters, batch;
    private final ChoiceBox<String> dataset = new ChoiceBox<>();
    private final ToggleButton editData = new ToggleButton("✎ Edit mixture on the plane");
    private final CheckBox fixedGenerator = new CheckBox("Fixed generator (real + noise)");
    private final TextField width = field("width", "Hidden width of both networks");
    private final TextField depth = field("depth", "Hidden layers of both networks");
    private final ChoiceBox<Activation> activation = new ChoiceBox<>();
    private final TextField seed = field("seed", "Seed of every random draw: the same seed and settings replay the same run");
    private final Button rebuild = button("rebuild", "Rebuild networks…", "Apply width, depth, activation and seed: new networks, iteration 0");
    private final CheckBox contours = check("contours", "Contour lines", true, "Iso-lines of the critic's value");
    private final CheckBox interpolates = check("interpolates", "Interpolates x̂", false, "The points between real and fake where the penalty is measured");
    private final CheckBox arrows = check("arrows", "Generator gradient arrows", false, "∇C at the generated points: where the generator's update pushes them");
    private final CheckBox warp = check("warp", "Noise grid through G", false, "How the generator warps a regular grid of noise z");
    private final CheckBox gradMap = check("gradmap", "Shade where ‖∇C‖ > 1", false, "Regions where the critic is steeper than 1-Lipschitz allows");
    private final CheckBox transportPlan = check("transport", "Transport plan (exact W1)", false,
            "The latest exact W1's optimal coupling: each generated point's line to the real point it moves to; W1 is their mean length");
    private final CheckBox estimateOverK = check("estimate-over-k", "Estimate ÷ K on the Wasserstein chart", false,
            "The critic's estimate divided by its Lipschitz constant K (max ‖∇C‖ on the plane, at each evaluation): a K-Lipschitz critic estimates at most K·W1,"
            + " so under clipping the tiny raw estimate, divided by K, becomes comparable to the exact W1");
    private final ComboBox<Presets.Preset> presets = new ComboBox<>();

    /** Generator iterations per published frame: the session's bounds. */
    private static final Range SPEED = new Range("speed", 1, 100, false, false, true);

    ControlPanel(Consumer<String> refuse) {
        setId("controls");
        setSpacing(8);
        setPadding(new Insets(10));
        setPrefWidth(320);

        FlowPane transport = new FlowPane(6, 6, play, stepCritic, stepGenerator, reset, trainCritic);
        play.setMinWidth(78);
        speed = new ParamControl("speed", "Speed", "Generator iterations per frame: higher trains faster, the view updates less often",
                1, 100, false, true, SPEED, refuse);

        ToggleGroup group = new ToggleGroup();
        FlowPane methodRow = new FlowPane(4, 4);
        String[] tips = {
            "Weight clipping (original WGAN): every critic weight clamped to [−c, c] after each step",
            "Gradient penalty (WGAN-GP): λ·E[(‖∇C(x̂)‖ − 1)²] at interpolates",
            "One-sided penalty (WGAN-LP): only gradients steeper than 1 are penalised",
            "No constraint: the WGAN losses alone; the critic can grow without bound",
            "Standard GAN: the original cross-entropy loss, for contrast (the generator's non-saturating loss −log σ(D))",
            "Standard GAN with the minimax generator loss log(1 − σ(D)): its gradient vanishes where D rejects the fakes"};
        for (Method m : Method.values()) {
            ToggleButton b = new ToggleButton(m.id);
            b.setId("method-" + m.id);
            b.setToggleGroup(group);
            b.setTooltip(new Tooltip(tips[m.ordinal()]));
            b.setUserData(m);
            methods.put(m, b);
            methodRow.getChildren().add(b);
        }
        // Keep one method always selected: clicking the selected one again does nothing.
        group.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null && was != null) was.setSelected(true);
        });

        clip = new ParamControl("clip", "c", "Clipping bound: smaller c makes the critic simpler and its gradients smaller",
                1e-4, 1, true, false, Range.CLIP, refuse);
        lambda = new ParamControl("lambda", "λ", "Penalty weight: too small and gradient norms drift from 1, too large and the critic learns little",
                1e-3, 100, true, false, Range.LAMBDA, refuse);
        lr = new ParamControl("lr", "lr", "Learning rate of both networks; the optimizer keeps its state when it changes",
                1e-6, 1e-2, true, false, Range.LR, refuse);
        lrDecay = new ParamControl("lr-decay", "lr decay", "Iterations over which the learning rate falls to a tenth (0: constant); restarts when the method changes",
                0, 10000, false, true, Range.LR_DECAY, refuse);
        criticIters = new ParamControl("critic-iters", "n_critic", "Critic steps per generator step: more makes the critic closer to optimal",
                1, 20, false, true, Range.CRITIC_ITERS, refuse);
        batch = new ParamControl("batch", "batch", "Points per batch for real, fake and interpolates",
                16, 1024, false, true, Range.BATCH, refuse);

        dataset.setId("dataset");
        dataset.getItems().addAll(Datasets.NAMES);
        dataset.getItems().add("mixture");
        dataset.setTooltip(new Tooltip("The real data; edit a mixture of Gaussians directly on the plane"));
        editData.setId("edit-data");
        editData.setTooltip(new Tooltip("Click to add a Gaussian, drag to move it, scroll to change its spread, right-click to delete (E)"));
        fixedGenerator.setId("fixed-generator");
        fixedGenerator.setTooltip(new Tooltip("fake = real + N(0, I) and only the critic trains: the paper's Figure 1(a)"));

        activation.setId("activation");
        activation.getItems().addAll(Activation.values());
        activation.setConverter(new StringConverter<>() {
            @Override
            public String toString(Activation a) {
                return a == null ? "" : a.id;
            }

            @Override
            public Activation fromString(String s) {
                return Activation.parse(s);
            }
        });
        activation.setTooltip(new Tooltip("Hidden-layer nonlinearity of both networks"));
        HBox net = new HBox(6, new Label("width"), width, new Label("depth"), depth);
        HBox net2 = new HBox(6, activation, new Label("seed"), seed);

        presets.setId("presets");
        presets.setPromptText("Choose a story to tell…");
        presets.setTooltip(new Tooltip("Ready-made setups, each telling one story from the papers: new networks from the preset's seed"));
        presets.getItems().addAll(Presets.all());
        presets.setPrefWidth(360);
        presets.setConverter(new StringConverter<>() {
            @Override
            public String toString(Presets.Preset p) {
                return p == null ? "" : p.name();
            }

            @Override
            public Presets.Preset fromString(String s) {
                return null;
            }
        });

        Node optimisation = section("Optimisation"), data = section("Data"), networks = section("Networks (rebuild to apply)");
        getChildren().addAll(
                section("Training"), transport, speed,
                section("Lipschitz method"), methodRow, clip, lambda,
                optimisation, lr, lrDecay, criticIters, batch,
                data, dataset, editData, fixedGenerator,
                networks, net, net2, rebuild,
                section("Show on the plane"), contours, interpolates, arrows, warp, gradMap, transportPlan, estimateOverK);
        deskOnly = List.of(speed, optimisation, lr, lrDecay, criticIters, batch, data, dataset, editData, fixedGenerator, networks, net, net2, rebuild);
        setMinWidth(220);
    }

    /** Controls a lecture does not need mid-way (they stay in the spec and the keys): hidden in presentation mode. */
    private final List<Node> deskOnly;

    /** Presentation mode: only what a lecture points at (transport, method, c and λ, the overlays), in a narrower panel. */
    void setCompact(boolean on) {
        for (Node n : deskOnly) {
            n.setVisible(!on);
            n.setManaged(!on);
        }
        setPrefWidth(on ? 290 : 320);
    }

    private static Label section(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("section");
        VBox.setMargin(l, new Insets(6, 0, 0, 0));
        return l;
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }

    private static TextField field(String id, String tip) {
        TextField f = new TextField();
        f.setId("field-" + id);
        f.setPrefColumnCount(4);
        f.setTooltip(new Tooltip(tip));
        return f;
    }

    private static CheckBox check(String id, String text, boolean on, String tip) {
        CheckBox c = new CheckBox(text);
        c.setId("show-" + id);
        c.setSelected(on);
        c.setTooltip(new Tooltip(tip));
        return c;
    }

    // ---- what the bindings need: the widgets stay private --------------------------------

    /** A live parameter of the spec that has a control of its own. */
    enum Knob { CLIP, LAMBDA, LR, LR_DECAY, CRITIC_ITERS, BATCH }

    /** What the transport buttons do. */
    void onTransport(Runnable play, Runnable stepCritic, Runnable stepGenerator, Runnable reset, Runnable trainCritic) {
        this.play.setOnAction(e -> play.run());
        this.stepCritic.setOnAction(e -> stepCritic.run());
        this.stepGenerator.setOnAction(e -> stepGenerator.run());
        this.reset.setOnAction(e -> reset.run());
        this.trainCritic.setOnAction(e -> trainCritic.run());
    }

    /** The transport's labels for the run's state: Play or Pause, and whether the critic trains alone. */
    void showRunning(boolean playing, boolean criticBurst) {
        play.setText(playing ? "❚❚ Pause" : "▶ Play");
        trainCritic.setText(criticBurst ? "Stop critic training" : "Train C to optimality");
    }

    void onSpeed(Consumer<Double> change, double now) {
        speed.show(now);
        speed.setOnChange(change);
    }

    void onMethod(Consumer<Method> select) {
        for (Map.Entry<Method, ToggleButton> m : methods.entrySet()) m.getValue().setOnAction(e -> select.accept(m.getKey()));
    }

    /** Marks this method's button as chosen, without reporting a change. */
    void showMethod(Method m) {
        methods.get(m).setSelected(true);
    }

    void onKnob(Knob k, Consumer<Double> change) {
        knob(k).setOnChange(change);
    }

    private ParamControl knob(Knob k) {
        return switch (k) {
            case CLIP -> clip;
            case LAMBDA -> lambda;
            case LR -> lr;
            case LR_DECAY -> lrDecay;
            case CRITIC_ITERS -> criticIters;
            case BATCH -> batch;
        };
    }

    void onDataset(Consumer<String> choose) {
        dataset.valueProperty().addListener((o, a, b) -> {
            if (b != null) choose.accept(b);
        });
    }

    void onFixedGenerator(Consumer<Boolean> change) {
        fixedGenerator.selectedProperty().addListener((o, a, b) -> change.accept(b));
    }

    void onRebuild(Runnable rebuild) {
        this.rebuild.setOnAction(e -> rebuild.run());
    }

    /** What the network fields say, as typed: the bindings parse and check them. */
    record NetworkFields(String width, String depth, Activation activation, String seed) {
    }

    NetworkFields networkFields() {
        return new NetworkFields(width.getText().trim(), depth.getText().trim(), activation.getValue(), seed.getText().trim());
    }

    void onPreset(Consumer<Presets.Preset> choose) {
        presets.setOnAction(e -> {
            if (presets.getValue() != null) choose.accept(presets.getValue());
        });
    }

    /** Shows this preset as chosen, or none. */
    void showPreset(Presets.Preset p) {
        if (p == null) presets.getSelectionModel().clearSelection();
        else presets.setValue(p);
    }

    /** The story chooser, which sits in the story bar. */
    ComboBox<Presets.Preset> presetChooser() {
        return presets;
    }

    /** Called with each tick of "Edit mixture on the plane". */
    void onEditData(Consumer<Boolean> change) {
        editData.selectedProperty().addListener((o, a, b) -> change.accept(b));
    }

    void toggleEditData() {
        editData.setSelected(!editData.isSelected());
    }

    /** Called with the overlay whose box was ticked or unticked. */
    void onOverlay(Consumer<Overlay> changed) {
        for (Overlay o : Overlay.values()) box(o).selectedProperty().addListener((obs, a, b) -> changed.accept(o));
    }

    boolean shows(Overlay o) {
        return box(o).isSelected();
    }

    /** Ticks the boxes as these overlays say (a lesson step's), reporting each change. */
    void showOverlays(PlaneOptions o) {
        contours.setSelected(o.contours());
        interpolates.setSelected(o.interpolates());
        arrows.setSelected(o.arrows());
        warp.setSelected(o.warp());
        gradMap.setSelected(o.gradMap());
        transportPlan.setSelected(o.transport());
        estimateOverK.setSelected(o.estimateOverK());
    }

    /** The overlays as the boxes are ticked, over these options' other settings. */
    PlaneOptions overlays(PlaneOptions over) {
        return over.withContours(contours.isSelected()).withInterpolates(interpolates.isSelected()).withArrows(arrows.isSelected()).withWarp(warp.isSelected())
                .withGradMap(gradMap.isSelected()).withTransport(transportPlan.isSelected()).withEstimateOverK(estimateOverK.isSelected());
    }

    /** The plane's overlays that have a box here. */
    enum Overlay { CONTOURS, INTERPOLATES, ARROWS, WARP, GRAD_MAP, TRANSPORT, ESTIMATE_OVER_K }

    private CheckBox box(Overlay o) {
        return switch (o) {
            case CONTOURS -> contours;
            case INTERPOLATES -> interpolates;
            case ARROWS -> arrows;
            case WARP -> warp;
            case GRAD_MAP -> gradMap;
            case TRANSPORT -> transportPlan;
            case ESTIMATE_OVER_K -> estimateOverK;
        };
    }

    /** Shows a config's values without reporting changes. */
    void show(RunSpec c) {
        methods.get(c.method()).setSelected(true);
        clip.show(c.clip());
        lambda.show(c.lambda());
        lr.show(c.lr());
        lrDecay.show(c.optimizer().lrDecay());
        criticIters.show(c.criticIters());
        batch.show(c.batch());
        // Your own points appear in the list once loaded (File > Load points), so the box can show them.
        if (!dataset.getItems().contains(c.data().id())) dataset.getItems().add(c.data().id());
        dataset.setValue(c.data().id());
        fixedGenerator.setSelected(c.fixedGenerator());
        width.setText(Integer.toString(c.hidden()));
        depth.setText(Integer.toString(c.layers()));
        activation.setValue(c.activation());
        seed.setText(Long.toString(c.seed()));
        clip.setDisable(c.method() != Method.CLIP);
        lambda.setDisable(!c.method().hasPenalty());
    }
}
