package org.wganlab.lab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.wganlab.config.DataSpec;
import org.wganlab.config.Method;
import org.wganlab.config.NetworkSpec;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SpecException;
import org.wganlab.config.SpecJson;
import org.wganlab.data.Distribution;
import org.wganlab.data.GaussianMixture;
import org.wganlab.export.AtomicFiles;
import org.wganlab.session.SessionFile;
import org.wganlab.train.RunState;
import org.wganlab.train.Presets;
import org.wganlab.train.SessionState;
import org.wganlab.train.TrainingSession;

/**
 * The window's domain rules and its live run. Every change goes through here: it makes the new
 * {@link RunSpec} (refusing a bad one with a {@link SpecException} and changing nothing) and
 * hands it to the session, which applies it at the next step. A whole new setup (a preset, a
 * loaded file, a rebuild) starts a new run, so nothing of the old run is shown again.
 */
public final class LabController implements AutoCloseable {
    /**
     * Largest hidden-to-hidden work (width^2 x (depth - 1)) the window trains: the paper's 512 x 3.
     * Measured, a pause lands within 83 ms at that size and one critic step alone takes 400 ms at width 1024.
     */
    public static final long MAX_LIVE_WORK = new NetworkSpec(512, 3, org.wganlab.nn.Activation.RELU).hiddenWork();

    private final TrainingSession session;
    private final Map<Method, Double> lrByMethod = new EnumMap<>(Method.class);
    private RunSpec spec;
    private Presets.Preset preset;
    /** The switches the run makes by itself (a preset's), and how many of them this spec has taken. */
    private java.util.List<org.wganlab.train.ScheduledSwitch> scheduled = java.util.List.of();
    private int switchesSeen;

    /** @param threadCap kernel threads training may use (the window keeps a core to draw) */
    public LabController(RunSpec initial, int threadCap) {
        checkLive(initial.network());
        spec = initial;
        rememberLr();
        session = new TrainingSession(initial, threadCap);
    }

    public TrainingSession session() {
        return session;
    }

    /** The spec the controls show: what the session runs once it has taken the last change. */
    public RunSpec spec() {
        return spec;
    }

    /** The preset the current run started from, or null (a loaded file, the start-up setup). */
    public Presets.Preset preset() {
        return preset;
    }

    /** A live change (λ, c, n_critic, batch, the decay, ...): at the next step, in the same run. */
    public RunSpec change(UnaryOperator<RunSpec> edit) {
        spec = edit.apply(spec);
        session.apply(spec);
        return spec;
    }

    /** A new learning rate for the current method, which that method keeps. */
    public RunSpec setLearningRate(double lr) {
        change(s -> s.withLr(lr));
        rememberLr();
        return spec;
    }

    /** Switches the method live; it brings back its own learning rate and its default optimizer. */
    public RunSpec selectMethod(Method m) {
        if (spec.method() == m) return spec;
        Double lr = lrByMethod.get(m);
        return change(s -> s.withMethod(m).withOptimizer(s.optimizer().withKind(null).withLr(lr)));
    }

    /**
     * Switches the data live: a built-in set by name, or "mixture", which starts from the
     * mixture shown (or the 8 Gaussians) for editing on the plane.
     */
    public RunSpec selectDataset(String id, Distribution shown) {
        if (id.equals(spec.data().id())) return spec;
        if (org.wganlab.data.PointCloud.ID.equals(id)) {
            throw new SpecException("your own points are loaded from a CSV file, not chosen by name");
        }
        DataSpec d;
        if (DataSpec.Mixture.ID.equals(id)) {
            GaussianMixture base = shown instanceof GaussianMixture g ? g : GaussianMixture.eightGaussians();
            d = new DataSpec.Mixture(base);
        } else {
            d = DataSpec.named(id);
        }
        return change(s -> s.withData(d));
    }

    /** The mixture editor's change: the data follows every move; one event per finished edit (record true). */
    public RunSpec mixtureEdited(GaussianMixture m, boolean record) {
        spec = spec.withData(new DataSpec.Mixture(m));
        session.setDistribution(m, record);
        return spec;
    }

    /**
     * The spec a rebuild with this network and seed would run, checked: refused when it is
     * larger than the window trains, or when nothing would change.
     */
    public RunSpec proposeRebuild(NetworkSpec network, long seed) {
        checkLive(network);
        RunSpec next = spec.withNetwork(network).withSeed(seed);
        if (next.network().equals(spec.network()) && seed == spec.seed()) {
            throw new SpecException("Width, depth, activation and seed are unchanged: nothing to rebuild. Use Reset to restart.");
        }
        return next;
    }

    /** New networks from a proposed spec: a new run from iteration 0. */
    public void rebuild(RunSpec next) {
        checkLive(next.network());
        spec = next;
        session.apply(spec);
    }

    /** A whole setup (a preset, a loaded file): its spec and new networks from its seed. */
    public void start(RunSpec next) {
        checkLive(next.network());
        spec = next;
        preset = null;
        scheduled = java.util.List.of();
        switchesSeen = 0;
        rememberLr();
        session.start(spec);
    }

    /** A preset: a new run of its spec, or, for one that carries a session, that session already trained. */
    public void start(Presets.Preset p) {
        if (p.session() != null) resume(SessionFile.readResource(p.session()));
        else start(p.spec());
        scheduled = p.switches();
        switchesSeen = 0;
        session.schedule(scheduled);
        preset = p;
    }

    /**
     * A state of the run has arrived: a scheduled switch (a preset's) that landed there changes
     * this spec the same way, so the controls show it and the next change by hand builds on it.
     * Returns true when the spec changed.
     */
    public boolean onState(SessionState st) {
        int done = Math.min(st.switchesDone(), scheduled.size());
        boolean changed = false;
        for (; switchesSeen < done; switchesSeen++) {
            spec = scheduled.get(switchesSeen).change().applyTo(spec);
            rememberLr();
            changed = true;
        }
        // A reset replays the schedule from its start.
        if (done < switchesSeen) switchesSeen = done;
        return changed;
    }

    /** New networks from the current spec's seed: the same run again from iteration 0. */
    public void reset() {
        session.reset();
    }

    /** Reads a config.json and starts it; a bad file raises a SpecException and nothing changes. */
    public RunSpec load(Path file) {
        RunSpec s = SpecJson.read(file);
        start(s);
        return s;
    }

    /** Reads a CSV of points and trains on them live (a change of data, as if chosen by hand); a bad file changes nothing. */
    public RunSpec loadPoints(Path file) {
        DataSpec.Points points = new DataSpec.Points(org.wganlab.data.PointsCsv.read(file));
        return change(s -> s.withData(points));
    }

    /**
     * Fits k modes to the points the run trains on (0: none), for the modes and high-quality
     * metrics; the training data stays as it is. Refused (nothing changes) unless the data is
     * points of one's own, or for a k the points cannot give.
     */
    public RunSpec fitPointModes(int k) {
        if (!(spec.data() instanceof DataSpec.Points p)) throw new SpecException("point_modes", "fits your own points: load them first");
        DataSpec.Points fitted;
        try {
            fitted = new DataSpec.Points(p.points().withFittedModes(k));
        } catch (IllegalArgumentException e) {
            throw new SpecException("point_modes", e.getMessage());
        }
        return change(s -> s.withData(fitted));
    }

    /** Writes the current spec as config.json (through a temporary file). */
    public void save(Path file) throws IOException {
        AtomicFiles.writeString(file, SpecJson.write(spec));
    }

    /** Writes the whole run to a session file; the state is taken between two steps, the file written off the training thread. */
    public CompletableFuture<Path> saveSession(Path file) {
        return session.capture().thenApplyAsync(state -> {
            try {
                SessionFile.write(file, state);
                return file;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Reads a session file: off the window's thread (it reads the whole file); a bad one raises a {@link org.wganlab.session.SessionException}. */
    public static RunState readSession(Path file) {
        return SessionFile.read(file);
    }

    /**
     * Continues a saved run, paused: its settings become the window's. Refused (an
     * IllegalArgumentException) with nothing changed when it is larger than the window trains or
     * its state does not fit its settings.
     */
    public RunSpec resume(RunState state) {
        RunSpec s = state.trainer().spec();
        checkLive(s.network());
        session.resume(state);
        spec = s;
        preset = null;
        scheduled = java.util.List.of();
        switchesSeen = 0;
        rememberLr();
        return spec;
    }

    private void rememberLr() {
        for (Method m : Method.values()) lrByMethod.putIfAbsent(m, m.defaultLr);
        lrByMethod.put(spec.method(), spec.lr());
    }

    private static void checkLive(NetworkSpec n) {
        if (n.hiddenWork() > MAX_LIVE_WORK) {
            throw new SpecException("Width " + n.hidden() + " with depth " + n.layers() + " is larger than the paper's 512 x 3 networks: one training step would take"
                    + " longer than the tenth of a second the window allows. Train it from the command line; nothing was rebuilt.");
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
