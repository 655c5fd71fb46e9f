package org.wganlab.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.wganlab.autodiff.Tensor;
import org.wganlab.config.SpecJson;
import org.wganlab.figures.CriticGrid;
import org.wganlab.train.MetricsHistory;
import org.wganlab.train.Snapshot;
import org.wganlab.train.TrainEvent;

/** The data beside the pictures, so any figure can be redrawn elsewhere. */
public final class DataExport {
    /** The files {@link #writeAll} writes. */
    public static final List<String> FILES = List.of("history.csv", "samples.csv", "critic-grid.csv", "events.csv", "evals.csv", "config.json");

    private DataExport() {
    }

    private static String n(double v) {
        return Csv.number(v);
    }

    /**
     * The curves as kept for the charts: every iteration for short runs, every 2nd, 4th, ...
     * for long ones (the full per-iteration table is the command line's metrics.csv).
     */
    public static String historyCsv(Snapshot s) {
        MetricsHistory.View h = s.history();
        StringBuilder b = new StringBuilder("iter");
        for (MetricsHistory.Series ser : MetricsHistory.Series.values()) b.append(',').append(ser.column);
        b.append('\n');
        for (int i = 0; i < h.size(); i++) {
            b.append((long) h.iterations()[i]);
            for (MetricsHistory.Series ser : MetricsHistory.Series.values()) b.append(',').append(n(h.series(ser)[i]));
            b.append('\n');
        }
        return b.toString();
    }

    /** Real, generated and interpolated points, one row each. */
    public static String samplesCsv(Snapshot s) {
        StringBuilder b = new StringBuilder("kind,x,y\n");
        rows(b, "real", s.samples().real());
        rows(b, "generated", s.samples().fake());
        rows(b, "interpolate", s.samples().interpolates());
        return b.toString();
    }

    private static void rows(StringBuilder b, String kind, Tensor t) {
        for (int i = 0; i < t.rows; i++) b.append(kind).append(',').append(n(t.data[2 * i])).append(',').append(n(t.data[2 * i + 1])).append('\n');
    }

    /** The critic's value at every grid point. */
    public static String gridCsv(CriticGrid g) {
        StringBuilder b = new StringBuilder("x,y,critic\n");
        double step = (g.hi() - g.lo()) / (g.res() - 1);
        for (int r = 0; r < g.res(); r++) {
            for (int c = 0; c < g.res(); c++) {
                b.append(n(g.lo() + c * step)).append(',').append(n(g.hi() - r * step)).append(',').append(n(g.values()[r * g.res() + c])).append('\n');
            }
        }
        return b.toString();
    }

    public static String eventsCsv(Snapshot s) {
        StringBuilder b = new StringBuilder("iter,change\n");
        for (TrainEvent e : s.events()) b.append(e.iteration()).append(",\"").append(e.description().replace("\"", "\"\"")).append("\"\n");
        return b.toString();
    }

    public static String evalsCsv(Snapshot s) {
        return Csv.evaluations(s.evals());
    }

    /** Writes every data file into dir. */
    public static void writeAll(Snapshot s, CriticGrid grid, Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve("history.csv"), historyCsv(s));
        AtomicFiles.writeString(dir.resolve("samples.csv"), samplesCsv(s));
        AtomicFiles.writeString(dir.resolve("critic-grid.csv"), gridCsv(grid));
        AtomicFiles.writeString(dir.resolve("events.csv"), eventsCsv(s));
        AtomicFiles.writeString(dir.resolve("evals.csv"), evalsCsv(s));
        AtomicFiles.writeString(dir.resolve("config.json"), SpecJson.write(s.spec()));
    }
}
