package org.wganlab.ui;

import java.util.concurrent.atomic.AtomicReference;
import org.wganlab.figures.CriticGrid;
import org.wganlab.figures.PlaneFigure;
import org.wganlab.kernel.Parallel;
import org.wganlab.nn.MlpEvaluator;
import org.wganlab.train.Snapshot;
import org.wganlab.train.Threads;

/**
 * Evaluates the critic on the plane's grid off the UI thread, latest snapshot wins. The grid
 * is coarser for wide networks (bilinear upsampling smooths it on screen) so the plane keeps
 * redrawing at every size.
 */
final class HeatmapWorker {
    private final AtomicReference<Snapshot> pending = new AtomicReference<>();
    private final AtomicReference<CriticGrid> result = new AtomicReference<>();
    private final Object lock = new Object();
    private volatile boolean warp;
    private volatile double lastMs;
    private volatile boolean stopped;

    HeatmapWorker() {
        Threads.daemon(this::loop, "wganlab-heatmap").start();
    }

    static int resolutionFor(int hidden) {
        return hidden <= 128 ? 128 : hidden <= 256 ? 96 : 64;
    }

    /** The plane's grid for a snapshot, as the window shows it (the warm-up draws the same). */
    static CriticGrid gridFor(Snapshot s, boolean warp, MlpEvaluator ev) {
        return CriticGrid.compute(s.critic(), s.generator(), resolutionFor(s.spec().hidden()), -PlaneFigure.RANGE, PlaneFigure.RANGE, warp && !s.spec().fixedGenerator(), ev);
    }

    void submit(Snapshot s) {
        pending.set(s);
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    void setWarp(boolean on) {
        warp = on;
    }

    /** The newest finished grid, taken (null if none since the last call). */
    CriticGrid take() {
        return result.getAndSet(null);
    }

    double lastMs() {
        return lastMs;
    }

    void stop() {
        stopped = true;
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** At most this many grids a second: smooth to the eye, and it leaves the cores to training. */
    static final int MAX_RATE = 15;
    /** A grid and its drawing on screen take at most this share of a core. */
    static final double SHARE = 0.2;
    private final Pacer pacer = new Pacer(1_000_000_000L / MAX_RATE, SHARE);

    /** What drawing the last grid on screen cost (scaling it to the plot, its contour lines): counted against its share. */
    void drawnFor(long nanos) {
        pacer.addCost(nanos);
    }

    private void loop() {
        Parallel.useThreads(1);
        MlpEvaluator ev = new MlpEvaluator();
        while (!stopped) {
            Snapshot s = pending.getAndSet(null);
            if (s == null) {
                synchronized (lock) {
                    try {
                        if (pending.get() == null && !stopped) lock.wait(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                continue;
            }
            long wait = pacer.waitNanos(System.nanoTime());
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
                } catch (InterruptedException e) {
                    return;
                }
                Snapshot newer = pending.getAndSet(null);
                if (newer != null) s = newer;
            }
            long t0 = System.nanoTime();
            try {
                result.set(gridFor(s, warp, ev));
            } catch (RuntimeException e) {
                // A network being rebuilt can change shape under a stale snapshot; the next one will do.
            }
            long took = System.nanoTime() - t0;
            pacer.ran(t0, took);
            lastMs = took / 1e6;
        }
    }
}
