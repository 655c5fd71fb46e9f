package org.wganlab.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.concurrent.CompletableFuture;
import java.util.List;
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
import org.wganlab.data.PointCloud;
import org.wganlab.data.PointsCsv;
import org.wganlab.nn.Activation;
import org.wganlab.export.AtomicFiles;
import org.wganlab.session.SessionException;
import org.wganlab.session.SessionFile;
import org.wganlab.train.RunState;
import org.wganlab.train.Presets;
import org.wganlab.train.SessionState;
import org.wganlab.train.Timeline;
import org.wganlab.train.TrainingSession;
import org.wganlab.i18n.Refused;

/**
 * The window's domain rules over its live run. Every change and command of the window goes
 * through here: the rules (each method keeps its learning rate, the largest network the window
 * trains, what a preset or a loaded file starts) turn it into a change of the
 * {@link TrainingSession}, which owns the live spec and refuses a bad one with a
 * {@link SpecException}, changing nothing. A whole new setup (a preset, a loaded file, a
 * rebuild) starts a new run, so nothing of the old run is shown again.
 */
public final class LabController implements AutoCloseable {
    /**
     * Largest hidden-to-hidden work (width^2 x (depth - 1)) the window trains: the paper's 512 x 3.
     * Measured, a pause lands within 83 ms at that size and one critic step alone takes 400 ms at width 1024.
     */
    public static final long MAX_LIVE_WORK = new NetworkSpec(512, 3, Activation.RELU).hiddenWork();

    private final TrainingSession session;
    private final Map<Method, Double> lrByMethod = new EnumMap<>(Method.class);
    private Presets.Preset preset;

    /** @param threadCap kernel threads training may use (the window keeps a core to draw) */
    public LabController(RunSpec initial, int threadCap) {
        checkLive(initial.network());
        session = new TrainingSession(initial, threadCap);
        rememberLr();
    }

    /** The spec the controls show: the session's, once it has taken the last change (see {@link TrainingSession#spec}). */
    public RunSpec spec() {
        return session.spec();
    }

    /** The latest published state of the run, for the views. */
    public SessionState state() {
        return session.state();
    }

    // ---- the transport: play, pause, single steps ------------------------------------------

    public void play() {
        session.play();
    }

    public void pause() {
        session.pause();
    }

    public void togglePlay() {
        session.togglePlay();
    }

    /** One critic step, paused. */
    public void stepCritic() {
        session.pause();
        session.stepCritic();
    }

    /** One generator iteration, paused. */
    public void stepGenerator() {
        session.pause();
        session.stepGenerator();
    }

    /** Trains the critic alone for this many steps, the generator frozen (see {@link TrainingSession#trainCritic}). */
    public void trainCritic(int steps) {
        session.trainCritic(steps);
    }

    /** Stops playing once the run has completed this many generator iterations; -1 cancels. */
    public void holdAt(int iteration) {
        session.holdAt(iteration);
    }

    /** Generator iterations per published frame (1 to 100). */
    public void setSpeed(int iterationsPerFrame) {
        session.setSpeed(iterationsPerFrame);
    }

    public int speed() {
        return session.speed();
    }

    // ---- the timeline -----------------------------------------------------------------------

    /** The run's kept moments, to look back at. */
    public Timeline timeline() {
        return session.timeline();
    }

    /** Trains on from this moment of the run's timeline, paused; the moments after it are dropped. */
    public void continueFrom(Timeline.Moment m) {
        session.continueFrom(m);
        rememberLr();
    }

    // ---- changes ----------------------------------------------------------------------------

    /** The preset the current run started from, or null (a loaded file, the start-up setup). */
    public Presets.Preset preset() {
        return preset;
    }

    /** A live change (λ, c, n_critic, batch, the decay, ...): at the next step, in the same run. */
    public RunSpec change(UnaryOperator<RunSpec> edit) {
        return session.change(edit);
    }

    /** A new learning rate for the current method, which that method keeps. */
    public RunSpec setLearningRate(double lr) {
        RunSpec next = change(s -> s.withLr(lr));
        rememberLr();
        return next;
    }

    /** Switches the method live; it brings back its own learning rate and its default optimizer. */
    public RunSpec selectMethod(Method m) {
        RunSpec spec = spec();
        if (spec.method() == m) return spec;
        // The rate the method leaves with, whether set by hand or by a switch, is the one it comes back to.
        rememberLr();
        Double lr = lrByMethod.get(m);
        return change(s -> s.withMethod(m).withOptimizer(s.optimizer().withKind(null).withLr(lr)));
    }

    /**
     * Switches the data live: a built-in set by name, or "mixture", which starts from the
     * mixture shown (or the 8 Gaussians) for editing on the plane.
     */
    public RunSpec selectDataset(String id, Distribution shown) {
        RunSpec spec = spec();
        if (id.equals(spec.data().id())) return spec;
        if (PointCloud.ID.equals(id)) {
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
        session.mixtureEdited(m, record);
        return spec();
    }

    /**
     * The spec a rebuild with this network and seed would run, checked: refused when it is
     * larger than the window trains, or when nothing would change.
     */
    public RunSpec proposeRebuild(NetworkSpec network, long seed) {
        checkLive(network);
        RunSpec next = spec().withNetwork(network).withSeed(seed);
        if (!rebuildChanges(network, seed)) {
            throw new SpecException("Width, depth, activation and seed are unchanged: nothing to rebuild. Use Reset to restart.");
        }
        return next;
    }

    /** Whether networks of this shape and seed differ from the run's (a rebuild that changes nothing is refused). */
    public boolean rebuildChanges(NetworkSpec network, long seed) {
        return !(network.equals(spec().network()) && seed == spec().seed());
    }

    /** Whether a network this size trains in the window: a step within the tenth of a second the window allows. */
    public static boolean trainsLive(NetworkSpec n) {
        return n.hiddenWork() <= MAX_LIVE_WORK;
    }

    /** New networks from a proposed spec: a new run from iteration 0. */
    public void rebuild(RunSpec next) {
        checkLive(next.network());
        session.apply(next);
    }

    /** A whole setup (a preset, a loaded file): its spec and new networks from its seed. */
    public void start(RunSpec next) {
        checkLive(next.network());
        preset = null;
        session.start(next);
        rememberLr();
    }

    /** A preset: a new run of its spec, or, for one that carries a session, that session already trained. */
    public void start(Presets.Preset p) {
        if (p.session() != null) resume(SessionFile.readResource(p.session()));
        else start(p.spec());
        session.schedule(p.switches());
        preset = p;
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
        DataSpec.Points points = new DataSpec.Points(PointsCsv.read(file));
        return change(s -> s.withData(points));
    }

    /**
     * Fits k modes to the points the run trains on (0: none), for the modes and high-quality
     * metrics; the training data stays as it is. Refused (nothing changes) unless the data is
     * points of one's own, or for a k the points cannot give.
     */
    public RunSpec fitPointModes(int k) {
        if (!(spec().data() instanceof DataSpec.Points p)) throw new Refused("refusal.points.noneLoaded");
        DataSpec.Points fitted;
        try {
            fitted = new DataSpec.Points(p.points().withFittedModes(k));
        } catch (Refused e) {
            throw new Refused("refusal.points.modesKey", e.reason());
        }
        return change(s -> s.withData(fitted));
    }

    /** Writes the current spec as config.json (through a temporary file). */
    public void save(Path file) throws IOException {
        AtomicFiles.writeString(file, SpecJson.write(spec()));
    }

    /** Writes the whole run to a session file; the state is taken between two steps, the file written off the training thread. */
    public CompletableFuture<Path> saveSession(Path file) {
        return session.capture().thenApplyAsync(state -> {
            try {
                SessionFile.write(file, state, session.timeline());
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Reads a session file with its timeline: off the window's thread (it reads the whole file); a bad one raises a {@link SessionException}. */
    public static SessionFile.Opened readSession(Path file) {
        return SessionFile.readWithTimeline(file);
    }

    /**
     * Continues a saved run, paused: its settings become the window's. Refused (an
     * IllegalArgumentException) with nothing changed when it is larger than the window trains or
     * its state does not fit its settings.
     */
    public RunSpec resume(RunState state) {
        return resume(new SessionFile.Opened(state, List.of()));
    }

    /** {@link #resume(RunState)} with the moments of the run's timeline the session kept. */
    public RunSpec resume(SessionFile.Opened opened) {
        RunState state = opened.state();
        RunSpec s = state.trainer().spec();
        checkLive(s.network());
        session.resume(state, opened.timeline());
        preset = null;
        rememberLr();
        return s;
    }

    private void rememberLr() {
        for (Method m : Method.values()) lrByMethod.putIfAbsent(m, m.defaultLr);
        RunSpec spec = spec();
        lrByMethod.put(spec.method(), spec.lr());
    }

    private static void checkLive(NetworkSpec n) {
        if (!trainsLive(n)) {
            throw new SpecException("Width " + n.hidden() + " with depth " + n.layers() + " is larger than the paper's 512 x 3 networks: one training step would take"
                    + " longer than the tenth of a second the window allows. Train it from the command line; nothing was rebuilt.");
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
