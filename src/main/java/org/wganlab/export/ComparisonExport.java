package org.wganlab.export;

import java.io.IOException;
import java.nio.file.Path;
import org.wganlab.compare.Comparison;
import org.wganlab.compare.Side;
import org.wganlab.figures.SideBySide;
import org.wganlab.i18n.Words;
import org.wganlab.train.Snapshot;

/** Two runs side by side as one captioned figure, from their snapshots alone (any thread). */
public final class ComparisonExport {
    /** The figure's logical size when none is asked for. */
    public static final int[] SIZE = {1800, 1150};

    private ComparisonExport() {
    }

    /** The figure for these two snapshots: both planes with grids at the exports' resolution, the paired curves, the caption. */
    public static SideBySide figure(Comparison c, Snapshot a, Snapshot b, Words words) {
        SideBySide fig = new SideBySide(words);
        fig.show(a, b, c.label(Side.A), c.label(Side.B), Dashboard.pairCaption(a, c.label(Side.A), b, c.label(Side.B), words));
        fig.setGrids(FigureSet.gridOf(a, false), FigureSet.gridOf(b, false));
        return fig;
    }

    public static void write(Comparison c, Snapshot a, Snapshot b, Format format, Path file, int width, int height, double scale) throws IOException {
        write(c, a, b, format, file, width, height, scale, Words.english());
    }

    /** As {@link #write(Comparison, Snapshot, Snapshot, Format, Path, int, int, double)}, its words in this language (the window's). */
    public static void write(Comparison c, Snapshot a, Snapshot b, Format format, Path file, int width, int height, double scale, Words words) throws IOException {
        FigureWriter.write(figure(c, a, b, words), format, file, width, height, scale);
    }
}
