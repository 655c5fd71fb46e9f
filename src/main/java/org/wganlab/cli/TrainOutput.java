package org.wganlab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wganlab.config.JsonFiles;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SpecJson;
import org.wganlab.export.AtomicFiles;
import org.wganlab.export.Csv;
import org.wganlab.export.DataExport;
import org.wganlab.export.Format;
import org.wganlab.figures.Views;
import org.wganlab.kernel.Products;
import org.wganlab.metrics.TransportPlan;
import org.wganlab.train.EvalResult;
import org.wganlab.train.StepMetrics;

/**
 * What {@code train --out DIR} writes: config.json before training, metrics.csv streamed to a
 * temporary file during it (moved into place when closed: at the end, after a divergence, or
 * when the run is interrupted), and eval.csv and summary.json when it has finished. A run owns
 * its folder: before it writes, it removes the files an earlier run there wrote (and the
 * temporary files a killed one left), so the folder never mixes two runs, and a folder without
 * summary.json holds a run that did not finish.
 */
final class TrainOutput {
    private final Path dir;
    private final Path metrics;
    private final Path metricsPart;
    private final BufferedWriter w;
    private int rows;
    private boolean closed;

    private TrainOutput(Path dir, int layers) throws IOException {
        this.dir = dir;
        this.metrics = dir.resolve("metrics.csv");
        this.metricsPart = dir.resolve(".metrics.csv.part");
        this.w = Files.newBufferedWriter(metricsPart, StandardCharsets.UTF_8);
        StringBuilder h = new StringBuilder(String.join(",", StepMetrics.COLUMNS));
        for (int l = 1; l <= layers; l++) h.append(",layer_grad_norm_").append(l);
        w.write(h.append('\n').toString());
    }

    static TrainOutput begin(Path dir, RunSpec spec) throws IOException {
        removePreviousRun(dir);
        AtomicFiles.writeString(dir.resolve("config.json"), SpecJson.write(spec));
        return new TrainOutput(dir, spec.layers());
    }

    /** Every file a train run writes into its folder, by name (frames aside). */
    static List<String> runFiles() {
        List<String> names = new ArrayList<>(List.of("config.json", "metrics.csv", "eval.csv", "summary.json", "transport.csv", "training.gif"));
        names.addAll(DataExport.FILES);
        List<String> figures = new ArrayList<>(Views.ids());
        figures.addAll(List.of(Views.DASHBOARD_ID, "composite", "compare"));
        for (String f : figures) for (Format fmt : Format.values()) names.add(f + "." + fmt.extension());
        return names;
    }

    /** Removes what an earlier train or compare run wrote into this folder (its files, not its subfolders) and stale temporary files. */
    static void removePreviousRun(Path dir) throws IOException {
        for (String name : runFiles()) Files.deleteIfExists(dir.resolve(name));
        removeMatching(dir, "glob:.*.part");
        Path frames = dir.resolve("frames");
        if (Files.isDirectory(frames)) removeMatching(frames, "glob:{plane-*.png,.*.part}");
    }

    private static void removeMatching(Path dir, String pattern) throws IOException {
        var matcher = dir.getFileSystem().getPathMatcher(pattern);
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) if (Files.isRegularFile(p) && matcher.matches(p.getFileName())) Files.deleteIfExists(p);
        }
    }

    synchronized void add(StepMetrics m) throws IOException {
        if (closed) return;
        StringBuilder b = new StringBuilder();
        double[] v = m.values();
        b.append((int) v[0]);
        for (int i = 1; i < v.length; i++) b.append(',').append(Csv.number(v[i]));
        for (double g : m.layerGradNorms()) b.append(',').append(Csv.number(g));
        try {
            w.write(b.append('\n').toString());
            if (++rows % 100 == 0) w.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** Moves metrics.csv into place with the rows so far; later rows are dropped (an interrupted run). */
    synchronized void closeMetrics() throws IOException {
        if (closed) return;
        try {
            w.close();
            closed = true;
            AtomicFiles.moveInto(metricsPart, metrics);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /**
     * A write that failed (a full disk, a folder gone): the temporary file is removed, nothing
     * more is written, and the message names metrics.csv and the reason.
     */
    private IOException failed(IOException e) {
        closed = true;
        try {
            w.close();
        } catch (IOException alsoFailed) {
            // The same failure again on the buffered rows; the first one is the one to report.
        }
        try {
            Files.deleteIfExists(metricsPart);
        } catch (IOException ignored) {
            // Left behind; the next run into this folder removes it.
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new IOException("cannot write " + metrics + ": " + reason + " (the run stopped after " + rows + " iterations)", e);
    }

    synchronized int rows() {
        return rows;
    }

    void finish(List<EvalResult> evals, TransportPlan plan, Map<String, Object> summary) throws IOException {
        AtomicFiles.writeString(dir.resolve("eval.csv"), Csv.evaluations(evals));
        if (plan != null) AtomicFiles.writeString(dir.resolve("transport.csv"), transportCsv(plan));
        AtomicFiles.writeString(dir.resolve("summary.json"), JsonFiles.write(summary));
    }

    /**
     * The final evaluation's optimal coupling, one row per matched pair, every real and every
     * generated point once; exact values (the points are floats, the distances doubles), so the
     * mean of distance is the summary's w1.
     */
    static String transportCsv(TransportPlan p) {
        StringBuilder b = new StringBuilder("real_x,real_y,generated_x,generated_y,distance\n");
        float[] g = p.generated().data, r = p.real().data;
        for (int i = 0; i < p.size(); i++) {
            int j = p.target()[i];
            b.append(r[2 * j]).append(',').append(r[2 * j + 1]).append(',').append(g[2 * i]).append(',').append(g[2 * i + 1]).append(',')
                    .append(p.distance()[i]).append('\n');
        }
        return b.toString();
    }

    /** @param ran the iterations this command trained (fewer than iters when it resumed a session) */
    static Map<String, Object> summary(RunSpec c, int ran, StepMetrics last, EvalResult fin, double seconds) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("iters", c.iters());
        s.put("seconds", seconds);
        s.put("generator_iters_per_s", seconds > 0 ? ran / seconds : Double.NaN);
        s.put("w_estimate", last == null ? Double.NaN : last.wEstimate());
        s.put("w1", fin.w1());
        s.put("modes_covered", fin.modesTotal() > 0 ? (Object) fin.modesCovered() : Double.NaN);
        s.put("modes_total", fin.modesTotal() > 0 ? (Object) fin.modesTotal() : Double.NaN);
        s.put("hq_fraction", fin.hqFraction());
        s.put("within_0.1_fraction", fin.within01Fraction());
        s.put("grad_norm_interp_mean", last == null ? Double.NaN : last.gradNormInterpMean());
        s.put("clip_fraction", last == null ? Double.NaN : last.clipFraction());
        s.put("critic_loss", last == null ? Double.NaN : last.criticLoss());
        s.put("generator_loss", last == null ? Double.NaN : last.generatorLoss());
        s.put("penalty", last == null ? Double.NaN : last.penalty());
        s.put("eval_samples", c.evalSamples());
        s.put("mode", c.method().id);
        s.put("dataset", c.data().id());
        s.put("hidden", c.hidden());
        s.put("threads", c.resolvedThreads());
        s.put("kernel", Products.standard().kernelName());
        s.put("fma", Products.fmaName());
        return s;
    }

    /** The summary as the last stdout line: key=value pairs. */
    static String keyValues(Map<String, Object> m) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (b.length() > 0) b.append(' ');
            Object v = e.getValue();
            b.append(e.getKey()).append('=').append(v instanceof Double d ? Csv.number(d) : String.valueOf(v));
        }
        return b.toString();
    }
}
