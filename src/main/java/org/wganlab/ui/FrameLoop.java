package org.wganlab.ui;

import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import org.wganlab.i18n.Words;

/**
 * The window's frame loop, one for the main window and the side-by-side one: at each JavaFX
 * pulse it takes the latest published states and redraws what they made stale, each kind of
 * view at its own pace. The planes at most 30 times a second (smooth to the eye, and it leaves
 * a core to training); the charts at most 10 times a second and in at most a sixth of a core
 * ({@link Pacer}: on a slow machine, less often); the status line, while playing, five times a
 * second (each new text lays the window out again). A frame that fails is reported once and
 * the next one is drawn: one bad frame must not leave the window half-alive.
 */
final class FrameLoop {
    static final long PLANE_NANOS = 32_000_000L, CHART_NANOS = 100_000_000L, STATUS_NANOS = 200_000_000L;

    /** What a window draws; every method runs on the FX thread. */
    interface Views {
        /** Takes the states published since the last frame; true when there was a new one. */
        boolean takeStates();

        /** Takes the heatmap grids computed since the last frame; true when there was a new one. */
        boolean takeGrids();

        /** Whether a run is playing (the status line then changes at every step). */
        boolean playing();

        void drawPlanes();

        void drawCharts();

        void drawStatus();
    }

    private final Views views;
    private final Consumer<String> tell;
    private final Pacer chartPacer = new Pacer(CHART_NANOS, 1 / 6.0);
    private final AnimationTimer timer;
    private boolean planesStale, chartsStale, statusStale;
    private long lastPlaneNanos, lastStatusNanos, fpsWindowStart;
    private int fpsFrames;
    private double fps, chartMs;
    private String lastProblem;

    /** @param tell says, in the window, that a frame could not be drawn */
    private final Words words;

    FrameLoop(Views views, Consumer<String> tell, Words words) {
        this.words = words;
        this.views = views;
        this.tell = tell;
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                try {
                    frame(now);
                } catch (RuntimeException e) {
                    failed(e);
                }
            }
        };
    }

    void start() {
        timer.start();
    }

    void stop() {
        timer.stop();
    }

    /** Plane redraws per second over the last second. */
    double fps() {
        return fps;
    }

    /** How long the last chart redraw took, in milliseconds. */
    double chartMs() {
        return chartMs;
    }

    /** Something outside the states changed the planes (an overlay ticked): redraw them at the next frame. */
    void planesChanged() {
        planesStale = true;
    }

    /** Something outside the states changed the charts: redraw them when next due. */
    void chartsChanged() {
        chartsStale = true;
    }

    private void frame(long now) {
        if (views.takeStates()) {
            planesStale = chartsStale = statusStale = true;
        }
        if (statusStale && (!views.playing() || now - lastStatusNanos >= STATUS_NANOS)) {
            views.drawStatus();
            statusStale = false;
            lastStatusNanos = now;
        }
        if (chartsStale && chartPacer.due(now)) {
            long t0 = System.nanoTime();
            views.drawCharts();
            long cost = System.nanoTime() - t0;
            chartMs = cost / 1e6;
            chartsStale = false;
            chartPacer.ran(now, cost);
        }
        if (views.takeGrids()) planesStale = true;
        if (planesStale && now - lastPlaneNanos >= PLANE_NANOS) {
            views.drawPlanes();
            planesStale = false;
            lastPlaneNanos = now;
            fpsFrames++;
        }
        if (now - fpsWindowStart > 1_000_000_000L) {
            fps = fpsFrames * 1e9 / (now - fpsWindowStart);
            fpsWindowStart = now;
            fpsFrames = 0;
        }
    }

    private void failed(RuntimeException e) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (what.equals(lastProblem)) return;
        lastProblem = what;
        System.err.println("wgan-lab: a frame could not be drawn (" + what + "); the window goes on.");
        tell.accept(words.format("window.frameFailed", what));
    }
}
