package org.wganlab.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wganlab.figures.PlaneFigure;
import org.wganlab.train.Snapshot;

/**
 * Frames of the plane every N iterations, for an animated GIF of training. Memory stays
 * bounded: past {@link #MAX_FRAMES} it keeps every other frame and records half as often.
 */
public final class FrameRecorder {
    public static final int MAX_FRAMES = 400;
    public static final int FRAME_SIZE = 480;

    private final List<BufferedImage> frames = new ArrayList<>();
    private final List<Integer> iterations = new ArrayList<>();
    private final PlaneFigure options;
    private int every;
    private int lastIteration = Integer.MIN_VALUE;

    public FrameRecorder(int every, PlaneFigure options) {
        if (every < 1) throw new IllegalArgumentException("frames every N iterations needs N >= 1, got " + every);
        this.every = every;
        this.options = options;
    }

    /** True when a snapshot at this iteration would be recorded. */
    public synchronized boolean due(int iteration) {
        return iteration >= lastIteration + every || iteration < lastIteration;
    }

    public synchronized int every() {
        return every;
    }

    /** Renders and keeps a frame if one is due for this snapshot. */
    public void offer(Snapshot s) {
        offer(s, false);
    }

    /** As {@link #offer(Snapshot)}; with force, records it even when not due (the last frame of a run). */
    public void offer(Snapshot s, boolean force) {
        if (!force && !due(s.iteration())) return;
        BufferedImage img = FigureWriter.renderPng(FigureSet.of(s, options).plane(), FRAME_SIZE, FRAME_SIZE, 1.0);
        synchronized (this) {
            frames.add(img);
            iterations.add(s.iteration());
            lastIteration = s.iteration();
            if (frames.size() > MAX_FRAMES) {
                for (int i = frames.size() - 1; i >= 0; i -= 2) {
                    if (i > 0) {
                        frames.remove(i - 1);
                        iterations.remove(i - 1);
                    }
                }
                every *= 2;
            }
        }
    }

    public synchronized int size() {
        return frames.size();
    }

    public synchronized List<Integer> iterations() {
        return List.copyOf(iterations);
    }

    public synchronized List<BufferedImage> frames() {
        return List.copyOf(frames);
    }

    public synchronized void clear() {
        frames.clear();
        iterations.clear();
        lastIteration = Integer.MIN_VALUE;
    }

    public void writeGif(Path file, int delayMs) throws IOException {
        GifWriter.write(frames(), delayMs, file);
    }
}
