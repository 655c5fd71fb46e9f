package org.wganlab.train;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.wganlab.config.RunSpec;
import org.wganlab.data.Distribution;

/**
 * Runs a {@link RunDriver} on its own thread for a live view. Every change arrives as a command
 * that the training thread runs between steps, so it lands at the next step and never
 * mid-step. The latest state is published as an immutable {@link SessionState} that views
 * read whenever they like; they never wait on training.
 */
public final class TrainingSession implements AutoCloseable {
    /** At most 30 snapshots a second: each costs the training thread about a millisecond. */
    private static final long PUBLISH_NANOS = 33_000_000L;

    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final RunDriver driver;
    private final int kernelThreadCap;
    private volatile SessionState state;
    private volatile boolean closed;
    private volatile int speed = 1;
    private volatile Consumer<SessionState> listener = s -> { };
    private boolean playing;
    private String failure;
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
        this.kernelThreadCap = kernelThreadCap;
        driver = new RunDriver(spec, kernelThreadCap, EvalSchedule.LIVE);
        publish();
        thread = Threads.daemon(this::loop, "wganlab-train");
        thread.start();
    }

    // ---- commands (any thread) -----------------------------------------------------------

    public void play() {
        post(() -> playing = problem() == null);
    }

    public void pause() {
        post(() -> playing = false);
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

    /** Fresh networks from the seed: a new run, with no divergence and no evaluations of the old one. */
    public void reset() {
        post(() -> {
            driver.reset();
            failure = null;
            rate = 0;
        });
    }

    /** A new spec at the next step; new networks (a rebuild) start a new run. */
    public void apply(RunSpec spec) {
        post(() -> driver.apply(spec));
    }

    /** A whole new setup (a preset, a loaded file): its spec, and new networks from its seed. */
    public void start(RunSpec spec) {
        post(() -> {
            driver.start(spec);
            failure = null;
            playing = false;
            rate = 0;
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
        Trainer next = new Trainer(saved.trainer(), kernelThreadCap);
        post(() -> {
            driver.resume(next, saved.evaluations());
            failure = null;
            playing = false;
            rate = 0;
        });
    }

    public void setDistribution(Distribution d, boolean recordEvent) {
        post(() -> driver.trainer().setDistribution(d, recordEvent));
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

    private String problem() {
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
                if (playing && problem() == null) {
                    // Step by step, so a command waits at most one critic step, at any network size.
                    int n = speed, done = 0;
                    while (done < n && commands.isEmpty() && driver.divergence() == null) {
                        if (driver.step() != null) {
                            done++;
                            windowIters++;
                        }
                    }
                    if (driver.divergence() != null) playing = false;
                    updateRate();
                    publishIfDue(driver.divergence() != null);
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
                failure = "training stopped: " + e;
                playing = false;
                publishIfDue(true);
            }
        }
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
        long t0 = System.nanoTime();
        Snapshot s = driver.snapshot();
        msSnapshot = (System.nanoTime() - t0) / 1e6;
        state = new SessionState(s, playing, problem(), rate, driver.msPerCritic(), driver.msPerGenerator(), msSnapshot, ++version);
        listener.accept(state);
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        driver.close();
    }
}
