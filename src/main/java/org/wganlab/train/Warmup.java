package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.wganlab.autodiff.Tensor;
import org.wganlab.config.RunSpec;
import org.wganlab.nn.Mlp;
import org.wganlab.nn.MlpEvaluator;

/**
 * Trains a throwaway copy of a setup in the background while a window opens, so the JIT has
 * compiled the training kernels, an evaluation and the critic on the plane before the teacher presses
 * Play: otherwise the first seconds after Play run at a tenth of the steady rate. It uses its
 * own networks and random streams (nothing of the real run is touched, so the run's numbers are
 * the same with or without it) and stops at the first step after it is told to.
 */
public final class Warmup {
    /** Long enough for the compiler's second tier on the hot loops at the default width. */
    static final long MAX_NANOS = 12_000_000_000L;

    /** Points per batch of the plane's heatmap evaluation. */
    private static final int GRID_BATCH = 4096;

    private Warmup() {
    }

    /**
     * Starts warming up on a daemon thread.
     *
     * @param stop checked before every step: true when the real run needs the cores (Play was pressed)
     * @param threadCap the real run's kernel thread cap, so the same code paths are compiled
     * @param first run on that thread before the warm-up (the kernel's tuning, which the warm-up should compile)
     * @param drawn given a snapshot of the throwaway run after each evaluation, to draw the views
     *              as the window will (their code is compiled then too; a window that draws only
     *              after Play spends its first seconds in the interpreter)
     */
    public static Thread start(RunSpec spec, int threadCap, BooleanSupplier stop, Runnable first, Consumer<Snapshot> drawn) {
        Thread t = Threads.daemon(() -> {
            first.run();
            run(spec, threadCap, stop, MAX_NANOS, drawn);
        }, "wganlab-warmup");
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    /** Runs steps (and now and then an evaluation and a grid) until stopped or out of time; returns the iterations run. */
    static int run(RunSpec spec, int threadCap, BooleanSupplier stop, long maxNanos, Consumer<Snapshot> drawn) {
        long end = System.nanoTime() + maxNanos;
        Trainer trainer = new Trainer(spec.withSeed(spec.seed() + 1), threadCap);
        MlpEvaluator grid = new MlpEvaluator();
        Tensor plane = new Tensor(GRID_BATCH, 2), values = new Tensor(GRID_BATCH, 1);
        for (int i = 0; i < plane.data.length; i++) plane.data[i] = (float) Math.sin(i);
        int iterations = 0;
        List<EvalResult> evals = new ArrayList<>();
        try {
            while (!stop.getAsBoolean() && System.nanoTime() < end) {
                if (trainer.step() == null) continue;
                iterations++;
                if (iterations % 50 == 0) {
                    Mlp g = trainer.generator().copy(), c = trainer.critic().copy();
                    Evaluation.Evaluated e = Evaluation.evaluate(g, c, trainer.distribution(), spec.fixedGenerator(), Math.min(200, spec.evalSamples()), spec.seed(), iterations);
                    // The plane's heatmap evaluates the critic batch by batch the same way.
                    grid.evaluate(c, plane, values);
                    evals.add(e.result());
                    if (!stop.getAsBoolean()) drawn.accept(trainer.snapshot(evals, e.plan()));
                }
            }
        } catch (RuntimeException diverged) {
            // A throwaway run: whatever happened to it, the real run starts as it would have.
        }
        return iterations;
    }
}
