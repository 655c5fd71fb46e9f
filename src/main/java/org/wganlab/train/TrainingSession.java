package org.wganlab.train;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.wganlab.config.DataSpec;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SpecException;
import org.wganlab.data.GaussianMixture;

/**
 * Runs a {@link RunDriver} on its own thread for a live view. Every change arrives as a command
 * that the training thread runs between steps, so it lands at the next step and never
 * mid-step. The latest state is published as an immutable {@link SessionState} that views
 * read whenever they like; they never wait on training.
 *
 * <p>The session is the one owner of the live spec ({@link #spec}): a change is numbered when it
 * is asked for, and the spec reads as asked until the training thread has taken it, then as the
 * published state has it, with whatever the run has done since (a scheduled switch).
 */
public final class TrainingSession implements AutoCloseable {
    /** At most 30 snapshots a second: each costs the training thread about a millisecond. */
    private static final long PUBLISH_NANOS = 33_000_000L;

    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final RunDriver driver;
    private final int kernelThreadCap;
    private volatile SessionState state;
    /** The run's kept moments, to look back at and continue from. */
    private final Timeline timeline;
    /** Training thread: when a moment is kept. */
    private final MomentKeeper keeper;
    /** Whether a hold keeps a moment too (a pair's sides, so both timelines hold the same iterations). */
    private volatile boolean momentsAtHolds;
    /** The latest change asked for, numbered in the order it was posted. */
    private volatile Request requested;
    /** Training thread: the number of the last request the driver has taken. */
    private long taken;
    private volatile boolean closed;
    private volatile int speed = 1;
    private volatile Consumer<SessionState> listener = s -> { };
    private boolean playing;
    /** The iteration at which playing stops by itself (a lesson's next scheduled moment), or -1. */
    private int holdAt = -1;
    /** Critic steps still to run against the frozen generator; Pause and any new run cancel them. */
    private int criticBurst;
    private RunProblem failure;
    private long version;
    private long lastPublish;
    // Rate over a sliding window of about a second.
    private long windowStart = System.nanoTime();
    private int windowIters;
    private double rate;
    private double msSnapshot;

    public TrainingSession(RunSpec spec) {
        this(spec, 0);
    }

    /**
     * @param kernelThreadCap at most this many kernel threads for training (0: as the spec
     *        says). A window needs a core of its own to draw; a split that waits on a busy core
     *        is slower than no split.
     */
    public TrainingSession(RunSpec spec, int kernelThreadCap) {
        this(spec, kernelThreadCap, new Timeline());
    }

    /** @param timeline where the run's moments are kept (its budget bounds their memory) */
    public TrainingSession(RunSpec spec, int kernelThreadCap, Timeline timeline) {
        this.kernelThreadCap = kernelThreadCap;
        this.timeline = timeline;
        this.keeper = new MomentKeeper(timeline);
        driver = new RunDriver(spec, kernelThreadCap, EvalSchedule.LIVE);
        requested = new Request(0, spec);
        publish();
        thread = Threads.daemon(this::loop, "wganlab-train");
        thread.start();
    }

    // ---- commands (any thread) -----------------------------------------------------------

    public void play() {
        post(() -> playing = problem() == null);
    }

    public void pause() {
        post(() -> {
            playing = false;
            criticBurst = 0;
        });
    }

    /**
     * Stops playing as soon as the run has completed this many generator iterations (a lesson's
     * scheduled switch or the end of its step lands exactly there); -1 cancels. The published
     * state then shows the run paused at that iteration.
     */
    public void holdAt(int iteration) {
        post(() -> holdAt = iteration);
    }

    /**
     * Trains the critic alone for this many steps, the generator frozen (the critic "trained to
     * optimality"): run in short bursts between commands, so the view follows the estimate and
     * Pause stops it. Training resumes as it was afterwards.
     */
    public void trainCritic(int steps) {
        post(() -> criticBurst = problem() == null ? Math.max(0, steps) : 0);
    }

    public void togglePlay() {
        post(() -> playing = !playing && problem() == null);
    }

    public void stepCritic() {
        post(() -> driver.single(driver.trainer()::criticStep));
    }

    public void stepGenerator() {
        post(() -> driver.single(driver.trainer()::generatorStep));
    }

    /** A change of settings asked for: numbered here, taken by the training thread between two steps. */
    private record Request(long number, RunSpec spec) {
    }

    /**
     * The spec the run has, or will have once it has taken the changes asked for: what the
     * controls show and the next change builds on.
     */
    public RunSpec spec() {
        Request r = requested;
        SessionState st = state;
        return st != null && st.requestsTaken() >= r.number() ? st.snapshot().spec() : r.spec();
    }

    /** Posts work that changes the spec to this one; requests are numbered in the order they are posted. */
    private synchronized void request(RunSpec spec, Runnable onTrainingThread) {
        Request r = new Request(requested.number() + 1, spec);
        requested = r;
        post(() -> {
            try {
                onTrainingThread.run();
            } finally {
                taken = r.number();
            }
        });
    }

    /** Fresh networks from the seed: a new run, with no divergence and no evaluations of the old one. */
    public void reset() {
        request(spec(), () -> {
            driver.reset();
            forgetRunStatus();
        });
    }

    /**
     * A live change (λ, c, n_critic, the data, ...) at the next step, in the same run; new
     * networks (a rebuild) start a new run. A bad value is refused here, with a
     * {@link SpecException}, and nothing changes. The edit is made again on the training thread
     * to the spec the run then has, so it builds on a switch that landed meanwhile.
     */
    public synchronized RunSpec change(UnaryOperator<RunSpec> edit) {
        RunSpec next = edit.apply(spec());
        request(next, () -> {
            RunSpec onto;
            try {
                onto = edit.apply(driver.spec());
            } catch (SpecException e) {
                onto = next;
            }
            driver.apply(onto);
        });
        return next;
    }

    /** {@link #change} to this whole spec. */
    public RunSpec apply(RunSpec spec) {
        return change(s -> spec);
    }

    /** A whole new setup (a preset, a loaded file): its spec, and new networks from its seed. */
    public void start(RunSpec spec) {
        request(spec, () -> {
            driver.start(spec);
            forgetRunStatus();
            playing = false;
        });
    }

    /** The run's whole state, taken on the training thread between two steps (for Save session). */
    public CompletableFuture<RunState> capture() {
        CompletableFuture<RunState> f = new CompletableFuture<>();
        if (closed) {
            f.completeExceptionally(new IllegalStateException("the session is closed"));
            return f;
        }
        post(() -> {
            try {
                f.complete(driver.state());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    /**
     * Continues a saved run, paused, at the next command. The trainer is built here, on the
     * caller's thread: a state that does not fit its own settings is refused with an
     * IllegalArgumentException and the current run goes on as it was.
     */
    public void resume(RunState saved) {
        resume(saved, List.of());
    }

    /** {@link #resume}, with the moments of its timeline that the session kept (oldest first; they must be of that run, up to its iteration). */
    public void resume(RunState saved, List<Timeline.Moment> kept) {
        Trainer next = new Trainer(saved.trainer(), kernelThreadCap);
        List<Timeline.Moment> moments = List.copyOf(kept);
        request(saved.trainer().spec(), () -> {
            driver.resume(next, saved.evaluations());
            timeline.replaceWith(moments);
            keeper.holds(driver.run());
            forgetRunStatus();
            playing = false;
        });
    }

    /** What a new run does not inherit from the one before: a critic burst, a hold, a failure, the rate (training thread). */
    private void forgetRunStatus() {
        criticBurst = 0;
        holdAt = -1;
        failure = null;
        rate = 0;
    }

    /** The run's kept moments (read from any thread). */
    public Timeline timeline() {
        return timeline;
    }

    /**
     * Continues the run from one of its timeline's moments, paused: exactly the run that went on
     * from there (the same steps, draw for draw, as a session saved there and resumed, with the
     * scheduled switches still to come). The moments after it, the abandoned future, are dropped.
     */
    public void continueFrom(Timeline.Moment m) {
        Trainer next = new Trainer(m.state().trainer(), kernelThreadCap);
        request(m.state().trainer().spec(), () -> {
            driver.continueFrom(next, m.state().evaluations(), m.switchesDone());
            timeline.dropAfter(m.iteration());
            keeper.holds(driver.run());
            forgetRunStatus();
            playing = false;
        });
    }

    /** Switches the run makes by itself when it reaches their iterations (a preset's, a comparison's); replaces any earlier ones. */
    public void schedule(List<ScheduledSwitch> switches) {
        List<ScheduledSwitch> copy = List.copyOf(switches);
        post(() -> driver.schedule(copy));
    }

    /** The mixture editor's change: the data follows every move; one event per finished edit (record true). */
    public void mixtureEdited(GaussianMixture m, boolean recordEvent) {
        request(spec().withData(new DataSpec.Mixture(m)), () -> driver.trainer().setDistribution(m, recordEvent));
    }

    /** Generator iterations per published frame (1 to 100). */
    public void setSpeed(int iterationsPerFrame) {
        speed = Math.max(1, Math.min(100, iterationsPerFrame));
    }

    public int speed() {
        return speed;
    }

    /** Called on the training thread after each publish (views hop to their own thread). */
    public void setListener(Consumer<SessionState> l) {
        listener = l == null ? s -> { } : l;
    }

    public SessionState state() {
        return state;
    }

    private void post(Runnable r) {
        if (!closed) commands.add(r);
    }

    // ---- the training thread -------------------------------------------------------------

    private RunProblem problem() {
        return failure != null ? failure : driver.problem();
    }

    private void loop() {
        while (!closed) {
            try {
                boolean ran = false;
                for (Runnable r; (r = commands.poll()) != null; ) {
                    r.run();
                    ran = true;
                }
                if (criticBurst > 0 && problem() == null) {
                    for (int k = 0; k < 10 && criticBurst > 0 && commands.isEmpty() && driver.divergence() == null; k++, criticBurst--) {
                        driver.single(driver.trainer()::criticStep);
                    }
                    if (driver.divergence() != null) criticBurst = 0;
                    publishIfDue(criticBurst == 0);
                } else if (playing && problem() == null) {
                    // Step by step, so a command waits at most one critic step, at any network size.
                    int n = speed, done = 0;
                    // Already at the hold (it was set from a state published before the last
                    // steps): stop here rather than run one past it.
                    if (holdAt >= 0 && driver.trainer().iteration() >= holdAt) n = 0;
                    while (done < n && commands.isEmpty() && driver.divergence() == null) {
                        if (driver.step() != null) {
                            done++;
                            windowIters++;
                            keeper.keep(driver, false);
                            if (holdAt >= 0 && driver.trainer().iteration() >= holdAt) break;
                        }
                    }
                    boolean held = holdAt >= 0 && driver.trainer().iteration() >= holdAt;
                    if (held) {
                        playing = false;
                        holdAt = -1;
                        if (momentsAtHolds) keeper.keep(driver, true);
                    }
                    if (driver.divergence() != null) playing = false;
                    updateRate();
                    publishIfDue(driver.divergence() != null || held);
                } else {
                    rate = 0;
                    if (ran) {
                        publishIfDue(true);
                    } else {
                        Runnable r = commands.poll(50, TimeUnit.MILLISECONDS);
                        if (r != null) {
                            r.run();
                            publishIfDue(true);
                        }
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                failure = new RunProblem.Failed(e.toString());
                playing = false;
                publishIfDue(true);
            }
        }
    }

    /** Every hold keeps a moment (for a pair of runs, whose sides hold at the same iterations). */
    public void keepMomentsAtHolds(boolean on) {
        momentsAtHolds = on;
    }

    private void updateRate() {
        long now = System.nanoTime();
        double s = (now - windowStart) / 1e9;
        if (s >= 0.5) {
            rate = windowIters / s;
            windowStart = now;
            windowIters = 0;
        }
    }

    private void publishIfDue(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastPublish < PUBLISH_NANOS) return;
        lastPublish = now;
        publish();
    }

    private void publish() {
        // A new run (a reset, a new setup, an opened session) starts its story where it stands.
        if (keeper.empty(driver)) keeper.keep(driver, false);
        long t0 = System.nanoTime();
        Snapshot s = driver.snapshot();
        msSnapshot = (System.nanoTime() - t0) / 1e6;
        state = new SessionState(s, playing, problem(), rate, driver.msPerCritic(), driver.msPerGenerator(), msSnapshot, ++version, driver.run(), criticBurst, driver.switchesDone(), taken);
        listener.accept(state);
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        driver.close();
    }
}
