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
import org.wganlab.i18n.Words;
import org.wganlab.nn.Activation;
import org.wganlab.train.Presets;

/** The left-hand controls: transport, method, live parameters, data, network, overlays (the stories sit in the story bar). */
final class ControlPanel extends VBox {
    private final Words words;
    private final Button play, stepCritic, stepGenerator, reset, trainCritic, rebuild;
    /** Kantorovich-Rubinstein as an experiment: the critic alone, toward the supremum of eq. 3. */
    static final int OPTIMAL_CRITIC_STEPS = 2000;
    private final ParamControl speed;
    private final Map<Method, ToggleButton> methods = new EnumMap<>(Method.class);
    private final ParamControl clip, lambda, lr, lrDecay, criticIters, batch;
    private final ChoiceBox<String> dataset = new ChoiceBox<>();
    private final ToggleButton editData;
    private final CheckBox fixedGenerator;
    private final TextField width, depth, seed;
    private final ChoiceBox<Activation> activation = new ChoiceBox<>();
    private final CheckBox contours, interpolates, arrows, warp, gradMap, transportPlan, estimateOverK;
    private final ComboBox<Presets.Preset> presets = new ComboBox<>();

    /** Generator iterations per published frame: the session's bounds. */
    private static final Range SPEED = new Range("speed", 1, 100, false, false, true);

    ControlPanel(Consumer<String> refuse, Words words) {
        this.words = words;
        play = button("play", "control.play", "control.play.tip");
        stepCritic = button("step-critic", "control.stepCritic", "control.stepCritic.tip");
        stepGenerator = button("step-generator", "control.stepGenerator", "control.stepGenerator.tip");
        reset = button("reset", "control.reset", "control.reset.tip");
        trainCritic = button("train-critic", "control.trainCritic", "control.trainCritic.tip", OPTIMAL_CRITIC_STEPS);
        editData = new ToggleButton(words.get("control.editData"));
        fixedGenerator = new CheckBox(words.get("control.fixedGenerator"));
        width = field("width", "control.width.tip");
        depth = field("depth", "control.depth.tip");
        seed = field("seed", "control.seed.tip");
        rebuild = button("rebuild", "control.rebuild", "control.rebuild.tip");
        contours = check("contours", "show.contours", true);
        interpolates = check("interpolates", "show.interpolates", false);
        arrows = check("arrows", "show.arrows", false);
        warp = check("warp", "show.warp", false);
        gradMap = check("gradmap", "show.gradMap", false);
        transportPlan = check("transport", "show.transport", false);
        estimateOverK = check("estimate-over-k", "show.estimateOverK", false);
        setId("controls");
        setSpacing(8);
        setPadding(new Insets(10));
        setPrefWidth(320);

        FlowPane transport = new FlowPane(6, 6, play, stepCritic, stepGenerator, reset, trainCritic);
        play.setMinWidth(78);
        speed = new ParamControl("speed", words.get("param.speed"), words.get("param.speed.tip"),
                1, 100, false, true, SPEED, refuse, words);

        ToggleGroup group = new ToggleGroup();
        FlowPane methodRow = new FlowPane(4, 4);
        for (Method m : Method.values()) {
            ToggleButton b = new ToggleButton(m.id);
            b.setId("method-" + m.id);
            b.setToggleGroup(group);
            b.setTooltip(new Tooltip(words.get("method." + m.id + ".tip")));
            b.setUserData(m);
            methods.put(m, b);
            methodRow.getChildren().add(b);
        }
        // Keep one method always selected: clicking the selected one again does nothing.
        group.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null && was != null) was.setSelected(true);
        });

        clip = new ParamControl("clip", "c", words.get("param.clip.tip"),
                1e-4, 1, true, false, Range.CLIP, refuse, words);
        lambda = new ParamControl("lambda", "λ", words.get("param.lambda.tip"),
                1e-3, 100, true, false, Range.LAMBDA, refuse, words);
        lr = new ParamControl("lr", "lr", words.get("param.lr.tip"),
                1e-6, 1e-2, true, false, Range.LR, refuse, words);
        lrDecay = new ParamControl("lr-decay", words.get("param.lrDecay"), words.get("param.lrDecay.tip"),
                0, 10000, false, true, Range.LR_DECAY, refuse, words);
        criticIters = new ParamControl("critic-iters", "n_critic", words.get("param.criticIters.tip"),
                1, 20, false, true, Range.CRITIC_ITERS, refuse, words);
        batch = new ParamControl("batch", words.get("param.batch"), words.get("param.batch.tip"),
                16, 1024, false, true, Range.BATCH, refuse, words);

        dataset.setId("dataset");
        dataset.getItems().addAll(Datasets.NAMES);
        dataset.getItems().add("mixture");
        dataset.setTooltip(new Tooltip(words.get("control.dataset.tip")));
        editData.setId("edit-data");
        editData.setTooltip(new Tooltip(words.get("control.editData.tip")));
        fixedGenerator.setId("fixed-generator");
        fixedGenerator.setTooltip(new Tooltip(words.get("control.fixedGenerator.tip")));

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
        activation.setTooltip(new Tooltip(words.get("control.activation.tip")));
        HBox net = new HBox(6, new Label(words.get("control.width")), width, new Label(words.get("control.depth")), depth);
        HBox net2 = new HBox(6, activation, new Label(words.get("control.seed")), seed);

        presets.setId("presets");
        presets.setPromptText(words.get("control.presets.prompt"));
        presets.setTooltip(new Tooltip(words.get("control.presets.tip")));
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

        Node optimisation = section("section.optimisation"), data = section("section.data"), networks = section("section.networks");
        getChildren().addAll(
                section("section.training"), transport, speed,
                section("section.method"), methodRow, clip, lambda,
                optimisation, lr, lrDecay, criticIters, batch,
                data, dataset, editData, fixedGenerator,
                networks, net, net2, rebuild,
                section("section.show"), contours, interpolates, arrows, warp, gradMap, transportPlan, estimateOverK);
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

    private Label section(String key) {
        Label l = new Label(words.get(key));
        l.getStyleClass().add("section");
        VBox.setMargin(l, new Insets(6, 0, 0, 0));
        return l;
    }

    private Button button(String id, String textKey, String tipKey, Object... tipArgs) {
        Button b = new Button(words.get(textKey));
        b.setId(id);
        b.setTooltip(new Tooltip(words.format(tipKey, tipArgs)));
        b.setFocusTraversable(false);
        return b;
    }

    private TextField field(String id, String tipKey) {
        TextField f = new TextField();
        f.setId("field-" + id);
        f.setPrefColumnCount(4);
        f.setTooltip(new Tooltip(words.get(tipKey)));
        return f;
    }

    private CheckBox check(String id, String key, boolean on) {
        CheckBox c = new CheckBox(words.get(key));
        c.setId("show-" + id);
        c.setSelected(on);
        c.setTooltip(new Tooltip(words.get(key + ".tip")));
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
        play.setText(words.get(playing ? "control.pause" : "control.play"));
        trainCritic.setText(words.get(criticBurst ? "control.stopCritic" : "control.trainCritic"));
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

    /** Called with each tick of the box that edits the mixture on the plane. */
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
