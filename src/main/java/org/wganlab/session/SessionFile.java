package org.wganlab.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.config.JsonFiles;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SpecException;
import org.wganlab.config.SpecJson;
import org.wganlab.export.AtomicFiles;
import org.wganlab.optim.Optimizer;
import org.wganlab.train.MetricsHistory;
import org.wganlab.train.RunState;
import org.wganlab.train.Timeline;
import org.wganlab.train.TrainerState;

/**
 * A saved session, {@code .wgan}: a zip of config.json (the run specification, as {@code train
 * --out} writes it), state.json (see {@link StateJson}) and the tensors as .npy files named by
 * network and layer: {@code critic/layer0.weight.npy}, {@code generator/layer2.bias.npy},
 * {@code optimizer/critic/m/layer0.weight.npy}, {@code display/noise.npy}, and the chart
 * curves as {@code history.npy} (float64, one row per point: the iteration, then the series, each
 * column named in state.json's {@code history_columns}, so a series added or dropped later never
 * shifts the others).
 * Reading checks everything before it returns, so a bad file changes nothing.
 */
public final class SessionFile {
    public static final String FORMAT = "wgan-lab-session";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".wgan";
    private static final String[] NETWORKS = {"critic", "generator"};
    /** history.npy's columns in the sessions written before they were named (the shipped one among them). */
    static final List<String> LEGACY_HISTORY_COLUMNS = List.of("iteration", "w_estimate", "critic_loss", "generator_loss", "penalty",
            "grad_norm_real_mean", "grad_norm_fake_mean", "grad_norm_interp_mean", "clip_fraction");

    private SessionFile() {
    }

    public static void write(Path file, RunState state) throws IOException {
        writeEntries(file, entries(state));
    }

    /**
     * Writes a session with its run's timeline: the moments {@link SessionTimeline#chosen} keeps
     * (at most {@value SessionTimeline#MAX_MOMENTS}, spread over the run, within a size bound).
     */
    public static void write(Path file, RunState state, Timeline timeline) throws IOException {
        Map<String, byte[]> entries = entries(state);
        SessionTimeline.put(entries, SessionTimeline.chosen(timeline.moments(), state.trainer().iteration()));
        writeEntries(file, entries);
    }

    /** A session as opened: the run's state and the moments of its timeline that travelled with it (oldest first, maybe none). */
    public record Opened(RunState state, List<Timeline.Moment> timeline) {
    }

    /** Reads a session and its timeline; anything wrong with either raises a {@link SessionException} and nothing is kept. */
    public static Opened readWithTimeline(Path file) {
        Map<String, byte[]> entries = readEntries(file);
        try {
            return new Opened(fromEntries(entries), SessionTimeline.read(entries));
        } catch (SessionException | SpecException e) {
            throw SessionException.in(file.toString(), e);
        } catch (IllegalArgumentException e) {
            throw SessionException.in(file.toString(), SessionException.doesNotFit(e.getMessage()));
        }
    }

    private static void writeEntries(Path file, Map<String, byte[]> entries) throws IOException {
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    static Map<String, byte[]> entries(RunState state) {
        TrainerState t = state.trainer();
        Map<String, byte[]> e = new LinkedHashMap<>();
        e.put("config.json", SpecJson.write(t.spec()).getBytes(StandardCharsets.UTF_8));
        e.put("state.json", JsonFiles.write(stateFile(state)).getBytes(StandardCharsets.UTF_8));
        List<List<Tensor>> nets = List.of(t.critic().parameters(), t.generator().parameters());
        List<Optimizer.State> opts = List.of(t.critic().optimizer(), t.generator().optimizer());
        for (int n = 0; n < NETWORKS.length; n++) {
            List<Tensor> params = nets.get(n);
            for (int i = 0; i < params.size(); i++) e.put(NETWORKS[n] + "/" + parameterName(i), npy(params.get(i)));
            for (Map.Entry<String, List<float[]>> slot : opts.get(n).slots().entrySet()) {
                for (int i = 0; i < params.size(); i++) {
                    Tensor p = params.get(i);
                    e.put("optimizer/" + NETWORKS[n] + "/" + slot.getKey() + "/" + parameterName(i), Npy.float32(p.rows, p.cols, slot.getValue().get(i)));
                }
            }
        }
        e.put("display/noise.npy", npy(t.display().noise()));
        e.put("display/real.npy", npy(t.display().real()));
        e.put("history.npy", history(t.record().history()));
        return e;
    }

    /** W0, b0, W1, b1, ... as layer0.weight.npy, layer0.bias.npy, layer1.weight.npy, ... */
    private static String parameterName(int i) {
        return "layer" + i / 2 + (i % 2 == 0 ? ".weight" : ".bias") + ".npy";
    }

    private static byte[] npy(Tensor t) {
        return Npy.float32(t.rows, t.cols, t.data);
    }

    private static byte[] history(MetricsHistory.View h) {
        int cols = 1 + h.values().length;
        double[] d = new double[h.size() * cols];
        for (int r = 0; r < h.size(); r++) {
            d[r * cols] = h.iterations()[r];
            for (int s = 0; s < h.values().length; s++) d[r * cols + 1 + s] = h.values()[s][r];
        }
        return Npy.float64(h.size(), cols, d);
    }

    private static StateJson.File stateFile(RunState state) {
        TrainerState t = state.trainer();
        StateJson.File f = new StateJson.File();
        f.format = FORMAT;
        f.version = VERSION;
        f.app = "WGAN Lab";
        TrainerState.Progress p = t.progress();
        f.iteration = p.iteration();
        f.phase = p.phase();
        f.scheduleStart = p.scheduleStart();
        f.criticSteps = p.criticSteps();
        f.generatorSteps = p.generatorSteps();
        f.generatorLoss = StateJson.out(p.generatorLoss());
        f.rngs = StateJson.rngs(t.rngs());
        f.criticOptimizer = optimizer(t.critic().optimizer());
        f.generatorOptimizer = optimizer(t.generator().optimizer());
        f.historyStride = t.record().historyStride();
        f.historyColumns = new ArrayList<>(List.of("iteration"));
        for (MetricsHistory.Series ser : MetricsHistory.Series.values()) f.historyColumns.add(ser.column);
        f.optimizerFollowsMethod = t.spec().optimizer().kind() == null;
        f.lrFollowsMethod = t.spec().optimizer().lr() == null;
        f.events = StateJson.events(t.record().events());
        f.evaluations = StateJson.evaluations(state.evaluations());
        f.last = StateJson.metrics(t.record().last());
        return f;
    }

    private static StateJson.Optimizer optimizer(Optimizer.State s) {
        StateJson.Optimizer o = new StateJson.Optimizer();
        o.steps = s.steps();
        o.learningRate = s.learningRate();
        o.slots = new ArrayList<>(s.slots().keySet());
        return o;
    }

    // ---- reading -------------------------------------------------------------------------

    /** Reads a session; a foreign, newer, truncated or damaged file raises a {@link SessionException} saying which. */
    public static RunState read(Path file) {
        Map<String, byte[]> entries = readEntries(file);
        try {
            return fromEntries(entries);
        } catch (SessionException | SpecException e) {
            throw SessionException.in(file.toString(), e);
        } catch (IllegalArgumentException e) {
            throw SessionException.in(file.toString(), SessionException.doesNotFit(e.getMessage()));
        }
    }

    private static Map<String, byte[]> readEntries(Path file) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (e.isDirectory()) continue;
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (NoSuchFileException e) {
            throw SessionException.noSuchFile(file.toString());
        } catch (ZipException e) {
            throw SessionException.in(file.toString(), SessionException.notASession(e.getMessage()));
        } catch (IOException | OutOfMemoryError e) {
            throw SessionException.unreadable(file.toString(), e.getMessage() == null ? e.toString() : e.getMessage());
        }
        return entries;
    }

    /** Reads a session shipped with the app (a class-path resource). */
    public static RunState readResource(String path) {
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream raw = SessionFile.class.getResourceAsStream(path)) {
            if (raw == null) throw SessionException.unreadable(path, "the shipped session is missing from the app");
            try (ZipInputStream zip = new ZipInputStream(raw)) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) if (!e.isDirectory()) entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw SessionException.unreadable(path, e.getMessage());
        }
        return fromEntries(entries);
    }

    static RunState fromEntries(Map<String, byte[]> entries) {
        byte[] stateBytes = entries.get("state.json");
        if (stateBytes == null) throw SessionException.notASession("it has no state.json");
        StateJson.File f = JsonFiles.read(text(stateBytes), StateJson.File.class);
        if (!FORMAT.equals(f.format)) throw SessionException.notASession("its format is " + (f.format == null ? "not given" : "\"" + f.format + "\""));
        int version = StateJson.required(f.version, "version");
        if (version > VERSION) throw SessionException.newer(version, VERSION);
        if (version < 1) throw SessionException.notASession("session format " + version + " is not one WGAN Lab ever wrote");
        byte[] config = entries.get("config.json");
        if (config == null) throw SessionException.notASession("it has no config.json");
        RunSpec spec;
        try {
            spec = SpecJson.read(text(config));
        } catch (SpecException e) {
            throw e.after("config.json: ");
        }
        spec = followingTheMethod(spec, f);
        Map<String, Rng.State> rngs = new LinkedHashMap<>();
        Map<String, long[]> saved = StateJson.required(f.rngs, "rngs");
        for (String name : TrainerState.STREAMS) {
            long[] s = saved.get(name);
            if (s == null || s.length != 2) throw SessionException.notASession("state.json: \"rngs." + name + "\" must be [seed, gamma]");
            rngs.put(name, new Rng.State(s[0], s[1]));
        }
        List<Tensor> critic = parameters(entries, spec, "critic", 1);
        List<Tensor> generator = parameters(entries, spec, "generator", 2);
        Optimizer.State criticOpt = optimizer(entries, "critic", StateJson.required(f.criticOptimizer, "critic_optimizer"), critic);
        Optimizer.State generatorOpt = optimizer(entries, "generator", StateJson.required(f.generatorOptimizer, "generator_optimizer"), generator);
        TrainerState.Progress progress = new TrainerState.Progress(StateJson.required(f.iteration, "iteration"), StateJson.required(f.phase, "phase"),
                StateJson.required(f.scheduleStart, "schedule_start"), StateJson.required(f.criticSteps, "critic_steps"),
                StateJson.required(f.generatorSteps, "generator_steps"), StateJson.in(f.generatorLoss));
        TrainerState.Display display = new TrainerState.Display(tensor(entries, "display/noise.npy"), tensor(entries, "display/real.npy"));
        TrainerState.Record record = new TrainerState.Record(history(entries, f.historyColumns == null ? LEGACY_HISTORY_COLUMNS : f.historyColumns),
                StateJson.required(f.historyStride, "history_stride"), StateJson.events(f), StateJson.metrics(f.last));
        TrainerState t = new TrainerState(spec, progress, rngs, new TrainerState.Network(critic, criticOpt), new TrainerState.Network(generator, generatorOpt), display, record);
        return new RunState(t, StateJson.evaluations(f));
    }

    /** The spec as it was run: an optimizer or rate that followed the method goes back to doing so, so a later switch brings the new method's. */
    private static RunSpec followingTheMethod(RunSpec spec, StateJson.File f) {
        var o = spec.optimizer();
        if (Boolean.TRUE.equals(f.optimizerFollowsMethod) && o.kind() == spec.method().defaultOptimizer) o = o.withKind(null);
        if (Boolean.TRUE.equals(f.lrFollowsMethod) && o.lr() != null && o.lr() == spec.method().defaultLr) o = o.withLr(null);
        return spec.withOptimizer(o);
    }

    private static String text(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** A network's parameters, each checked against the shape the spec gives it. */
    private static List<Tensor> parameters(Map<String, byte[]> entries, RunSpec spec, String network, int outputs) {
        List<Tensor> out = new ArrayList<>();
        int layers = spec.layers();
        for (int i = 0; i < 2 * (layers + 1); i++) {
            int layer = i / 2;
            int in = layer == 0 ? 2 : spec.hidden(), width = layer == layers ? outputs : spec.hidden();
            int rows = i % 2 == 0 ? in : 1;
            String name = network + "/" + parameterName(i);
            Tensor t = tensor(entries, name);
            if (t.rows != rows || t.cols != width) {
                throw SessionException.doesNotFit(name + " is " + t.rows + " x " + t.cols + " where config.json's network (width " + spec.hidden() + ", " + layers + " layers) has " + rows + " x " + width);
            }
            out.add(t);
        }
        return out;
    }

    private static Optimizer.State optimizer(Map<String, byte[]> entries, String network, StateJson.Optimizer o, List<Tensor> params) {
        Map<String, List<float[]>> slots = new LinkedHashMap<>();
        for (String slot : StateJson.required(o.slots, network + "_optimizer.slots")) {
            List<float[]> arrays = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                Tensor t = tensor(entries, "optimizer/" + network + "/" + slot + "/" + parameterName(i));
                if (!t.sameShape(params.get(i))) throw SessionException.doesNotFit("optimizer/" + network + "/" + slot + "/" + parameterName(i) + " is " + t.shape() + ", its parameter " + params.get(i).shape());
                arrays.add(t.data);
            }
            slots.put(slot, arrays);
        }
        return new Optimizer.State(StateJson.required(o.steps, network + "_optimizer.steps"), StateJson.required(o.learningRate, network + "_optimizer.learning_rate"), slots);
    }

    private static Tensor tensor(Map<String, byte[]> entries, String name) {
        Npy.Array a = array(entries, name);
        if (a.floats() == null) throw SessionException.notASession(name + " must be float32");
        return new Tensor(a.rows(), a.cols(), a.floats());
    }

    private static Npy.Array array(Map<String, byte[]> entries, String name) {
        byte[] b = entries.get(name);
        if (b == null) throw SessionException.notASession("it has no " + name);
        try {
            return Npy.read(b);
        } catch (IllegalArgumentException e) {
            throw SessionException.notASession(name + ": " + e.getMessage());
        }
    }

    /** The curves by column name: a series the file lacks reads NaN (not measured), a column this version does not know is left out. */
    private static MetricsHistory.View history(Map<String, byte[]> entries, List<String> columns) {
        Npy.Array a = array(entries, "history.npy");
        if (columns.isEmpty() || !columns.get(0).equals("iteration")) throw SessionException.notASession("state.json: \"history_columns\" must start with \"iteration\"");
        if (new HashSet<>(columns).size() != columns.size()) throw SessionException.notASession("state.json: \"history_columns\" names a column twice");
        if (a.doubles() == null || a.cols() != columns.size()) throw SessionException.notASession("history.npy must be float64 with " + columns.size() + " columns, as history_columns names");
        int series = MetricsHistory.Series.values().length;
        double[] iters = new double[a.rows()];
        double[][] values = new double[series][a.rows()];
        for (double[] v : values) Arrays.fill(v, Double.NaN);
        for (int r = 0; r < a.rows(); r++) iters[r] = a.doubles()[r * a.cols()];
        for (int c = 1; c < columns.size(); c++) {
            MetricsHistory.Series s = MetricsHistory.Series.byColumn(columns.get(c));
            if (s == null) continue;
            for (int r = 0; r < a.rows(); r++) values[s.ordinal()][r] = a.doubles()[r * a.cols() + c];
        }
        return new MetricsHistory.View(iters, values);
    }
}
