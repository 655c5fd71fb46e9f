package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.wganlab.data.Distribution;

/**
 * Runs a {@link Trainer} on its own thread for a live view. Every change arrives as a command
 * that the training thread runs between steps, so it lands at the next step and never
 * mid-step. The latest state is published as an immutable {@link SessionState} that views
 * read whenever they like; they never wait on training. Exact-W1 evaluations run on a
 * further thread on frozen copies of the generator.
 */
public final class TrainingSession implements AutoCloseable {
    /** Iterations between periodic evaluations while playing. */
    public static final int EVAL_INTERVAL = 100;
    /** And at least this long between them: an exact W1 on 1000 points takes a core for ~0.15 s. */
    static final long EVAL_MIN_NANOS = 2_000_000_000L;
    private long lastEvalNanos;
    private static final int MAX_EVALS = 1000;
    /** At most 30 snapshots a second: each costs the training thread about a millisecond. */
    private static final long PUBLISH_NANOS = 33_000_000L;

    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final ExecutorService evalPool;
    private final AtomicBoolean evalPending = new AtomicBoolean();
    private final List<EvalResult> evals = new ArrayList<>();
    private volatile SessionState state;
    private volatile boolean closed;
    private volatile int speed = 1;
    private volatile Consumer<SessionState> listener = s -> { };
    private Trainer trainer;
    private boolean playing;
    private String problem;
    private int lastEvalIteration;
    private long version;
    private long lastPublish;
    // Rate over a sliding window of about a second.
    private long windowStart = System.nanoTime();
    private int windowIters;
    private double rate;
    private double msCritic;
    private double msGenerator;
    private double msSnapshot;

    private final int kernelThreadCap;

    public TrainingSession(TrainConfig config) {
        this(config, 0);
    }

    /**
     * @param kernelThreadCap at most this many kernel threads for training (0: as the config
     *        says). A window needs a core of its own to draw; a split that waits on a busy core
     *        is slower than no split.
     */
    public TrainingSession(TrainConfig config, int kernelThreadCap) {
        this.kernelThreadCap = kernelThreadCap;
        trainer = new Trainer(config);
        evalPool = Executors.newSingleThreadExecutor(r -> daemon(r, "wganlab-eval"));
        publish();
        thread = daemon(this::loop, "wganlab-train");
        thread.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    // ---- commands (any thread) -----------------------------------------------------------

    public void play() {
        post(() -> {
            if (problem == null) playing = true;
        });
    }

    public void pause() {
        post(() -> playing = false);
    }

    public void togglePlay() {
        post(() -> playing = !playing && problem == null);
    }

    public void stepCritic() {
        post(() -> guarded(() -> trainer.criticStep()));
    }

    public void stepGenerator() {
        post(() -> guarded(() -> trainer.generatorStep()));
    }

    /** Fresh networks from the seed; clears a divergence. */
    public void reset() {
        post(() -> {
            trainer.reset();
            newRun();
        });
    }

    public void apply(TrainConfig config) {
        TrainConfig c = config.copy();
        post(() -> {
            long builds = trainer.builds();
            trainer.apply(c);
            if (trainer.builds() != builds) newRun();
        });
    }

    /** After new networks: no divergence, no evaluations of the old ones. */
    private void newRun() {
        problem = null;
        synchronized (evals) {
            evals.clear();
        }
        lastEvalIteration = 0;
        lastEvalNanos = 0;
    }

    public void setDistribution(Distribution d, boolean recordEvent) {
        post(() -> trainer.setDistribution(d, recordEvent));
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

    private void loop() {
        if (kernelThreadCap > 0) org.wganlab.autodiff.Parallel.capCurrentThread(kernelThreadCap);
        while (!closed) {
            try {
                boolean ran = false;
                for (Runnable r; (r = commands.poll()) != null; ) {
                    r.run();
                    ran = true;
                }
                if (playing && problem == null) {
                    // Step by step, so a command waits at most one critic step, at any network size.
                    int n = speed, done = 0;
                    while (done < n && commands.isEmpty()) {
                        StepMetrics m = trainer.step();
                        if (m == null) continue;
                        done++;
                        windowIters++;
                        msCritic = m.criticMs() / Math.max(1, trainer.config().criticIters);
                        msGenerator = m.generatorMs();
                    }
                    maybeEvaluate();
                    updateRate();
                    publishIfDue(false);
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
            } catch (DivergenceException e) {
                fail(e);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                problem = "training stopped: " + e;
                playing = false;
                publishIfDue(true);
            }
        }
    }

    private void guarded(Runnable r) {
        try {
            r.run();
        } catch (DivergenceException e) {
            fail(e);
        }
    }

    private void fail(DivergenceException e) {
        playing = false;
        problem = "Training diverged at iteration " + e.iteration() + ": a loss became infinite or not a number. "
                + "The learning rate may be too high, or the critic unconstrained. Reset to start again.";
        publishIfDue(true);
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

    private void maybeEvaluate() {
        int it = trainer.iteration();
        long now = System.nanoTime();
        if (it - lastEvalIteration < EVAL_INTERVAL || now - lastEvalNanos < EVAL_MIN_NANOS || !evalPending.compareAndSet(false, true)) return;
        lastEvalIteration = it;
        lastEvalNanos = now;
        TrainConfig c = trainer.config();
        var g = trainer.generator().copy();
        var d = trainer.distribution();
        evalPool.submit(() -> {
            try {
                EvalResult r = Evaluation.run(g, d, c.fixedGenerator, c.evalSamples, c.seed, it);
                synchronized (evals) {
                    if (evals.size() >= MAX_EVALS) evals.subList(0, MAX_EVALS / 2).clear();
                    evals.add(r);
                }
            } finally {
                evalPending.set(false);
            }
        });
    }

    private void publishIfDue(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastPublish < PUBLISH_NANOS) return;
        lastPublish = now;
        publish();
    }

    private void publish() {
        long t0 = System.nanoTime();
        List<EvalResult> ev;
        synchronized (evals) {
            ev = List.copyOf(evals);
        }
        Snapshot s = trainer.snapshot(ev);
        msSnapshot = (System.nanoTime() - t0) / 1e6;
        state = new SessionState(s, playing, problem, rate, msCritic, msGenerator, msSnapshot, ++version);
        listener.accept(state);
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        evalPool.shutdownNow();
    }
}
