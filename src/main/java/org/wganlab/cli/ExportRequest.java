package org.wganlab.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.wganlab.export.AtomicFiles;
import org.wganlab.export.DataExport;
import org.wganlab.export.FigureSet;
import org.wganlab.export.FigureWriter;
import org.wganlab.export.Format;
import org.wganlab.export.FrameRecorder;
import org.wganlab.figures.Figure;
import org.wganlab.figures.Views;
import org.wganlab.train.Snapshot;

/** What {@code train --export ... --frames-every N} asked for, checked before training starts. */
record ExportRequest(List<Format> formats, int framesEvery, int width, int height, double scale, List<String> composite) {

    boolean any() {
        return !formats.isEmpty() || framesEvery > 0;
    }

    /** Refuses, before training, an output layout that cannot be written (a file where the frames folder goes). */
    void checkTarget(Path dir) {
        Path frames = dir.resolve("frames");
        if (framesEvery > 0 && Files.exists(frames) && !Files.isDirectory(frames)) {
            throw new UsageException("--frames-every: " + frames + " exists and is not a directory");
        }
    }

    private int[] size(String id) {
        return width > 0 ? new int[] {width, height} : FigureSet.sizeOf(id);
    }

    /** Writes every view in every format, the dashboard, the data, and the frames; returns a problem or null. */
    String writeAll(Snapshot s, Path dir, FrameRecorder frames) {
        Path current = dir;
        try {
            if (!formats.isEmpty()) {
                FigureSet set = FigureSet.of(s, null);
                for (Format f : formats) {
                    for (Figure fig : set.all()) {
                        int[] sz = size(fig.id());
                        current = dir.resolve(fig.id() + "." + f.extension());
                        FigureWriter.write(fig, f, current, sz[0], sz[1], scale);
                    }
                    int[] sz = size(Views.DASHBOARD_ID);
                    current = dir.resolve("dashboard." + f.extension());
                    FigureWriter.write(set.dashboard(s), f, current, sz[0], sz[1], scale);
                    if (!composite.isEmpty()) {
                        int[] cs = width > 0 ? new int[] {width, height} : FigureSet.compositeSize(composite.size());
                        current = dir.resolve("composite." + f.extension());
                        FigureWriter.write(set.composite(s, composite), f, current, cs[0], cs[1], scale);
                    }
                }
                current = dir;
                DataExport.writeAll(s, set.grid(), dir);
            }
            if (frames != null && frames.size() > 0) {
                Path fd = dir.resolve("frames");
                Files.createDirectories(fd);
                List<Integer> its = frames.iterations();
                List<BufferedImage> imgs = frames.frames();
                for (int i = 0; i < imgs.size(); i++) {
                    current = fd.resolve(String.format("plane-%06d.png", its.get(i)));
                    BufferedImage img = imgs.get(i);
                    AtomicFiles.write(current, out -> ImageIO.write(img, "png", out));
                }
                current = dir.resolve("training.gif");
                frames.writeGif(current, 120);
            }
            return null;
        } catch (IOException e) {
            return "cannot write " + current + ": " + AtomicFiles.reason(e);
        } catch (RuntimeException e) {
            return "cannot write " + current + ": " + (e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
