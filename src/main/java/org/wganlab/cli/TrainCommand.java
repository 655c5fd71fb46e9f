package org.wganlab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.wganlab.autodiff.MatMul;
import org.wganlab.config.Json;
import org.wganlab.config.Json.JsonException;
import org.wganlab.data.Datasets;
import org.wganlab.export.AtomicFiles;
import org.wganlab.export.FrameRecorder;
import org.wganlab.nn.Activation;
import org.wganlab.train.DivergenceException;
import org.wganlab.train.EvalResult;
import org.wganlab.train.Evaluation;
import org.wganlab.train.Method;
import org.wganlab.train.StepMetrics;
import org.wganlab.train.TrainConfig;
import org.wganlab.train.Trainer;

/** {@code train [options]}: a headless run, with config.json, metrics.csv, eval.csv and summary.json under --out. */
final class TrainCommand {
    static final Set<String> VALUED = Set.of("--dataset", "--mode", "--hidden", "--layers", "--activation", "--batch", "--critic-iters",
            "--lambda", "--clip", "--optimizer", "--lr", "--lr-decay", "--iters", "--seed", "--threads", "--eval-every", "--eval-samples", "--config",
            "--out", "--export", "--frames-every", "--export-size", "--export-scale", "--composite");
    static final Set<String> FLAGS = Set.of("--fixed-generator", "--help");

    private TrainCommand() {
    }

    /** Settings from --config (if any), then the flags on top. */
    static TrainConfig resolve(Map<String, String> o) {
        TrainConfig c = new TrainConfig();
        String cfg = o.get("--config");
        if (cfg != null) {
            try {
                c = TrainConfig.fromJson(Json.parseObject(Files.readString(Path.of(cfg))));
            } catch (IOException e) {
                throw new UsageException("--config: cannot read " + cfg + ": " + e.getMessage());
            } catch (JsonException e) {
                throw new UsageException("--config " + cfg + ": " + e.getMessage());
            }
        }
        String ds = o.get("--dataset");
        if (ds != null) {
            if (Datasets.isBuiltIn(ds)) {
                c.dataset = ds;
                c.mixture = null;
            } else if (ds.endsWith(".json") || Files.exists(Path.of(ds))) {
                try {
                    c.mixture = Datasets.readMixture(Path.of(ds));
                } catch (JsonException e) {
                    throw new UsageException("--dataset " + e.getMessage());
                }
                c.dataset = "mixture";
            } else {
                throw new UsageException("--dataset: unknown dataset '" + ds + "' (expected one of " + String.join(", ", Datasets.NAMES) + ", or a mixture .json file)");
            }
        }
        try {
            if (o.containsKey("--mode")) c.method = Method.parse(o.get("--mode"));
            if (o.containsKey("--activation")) c.activation = Activation.parse(o.get("--activation"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        c.hidden = OptionParser.integer(o, "--hidden", c.hidden);
        c.layers = OptionParser.integer(o, "--layers", c.layers);
        c.batch = OptionParser.integer(o, "--batch", c.batch);
        c.criticIters = OptionParser.integer(o, "--critic-iters", c.criticIters);
        c.lambda = OptionParser.number(o, "--lambda", c.lambda);
        c.clip = OptionParser.number(o, "--clip", c.clip);
        if (o.containsKey("--optimizer")) c.optimizer = o.get("--optimizer");
        if (o.containsKey("--lr")) c.lr = OptionParser.number(o, "--lr", 0);
        c.lrDecay = OptionParser.integer(o, "--lr-decay", c.lrDecay);
        c.iters = OptionParser.integer(o, "--iters", c.iters);
        if (o.containsKey("--seed")) {
            try {
                c.seed = Long.parseLong(o.get("--seed").trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--seed: '" + o.get("--seed") + "' is not a whole number");
            }
        }
        c.threads = OptionParser.integer(o, "--threads", c.threads);
        if (o.containsKey("--fixed-generator")) c.fixedGenerator = true;
        c.evalEvery = OptionParser.integer(o, "--eval-every", c.evalEvery);
        c.evalSamples = OptionParser.integer(o, "--eval-samples", c.evalSamples);
        try {
            return c.validate();
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new UsageException(m.startsWith("hidden") || m.startsWith("layers") || m.startsWith("batch") || m.startsWith("lambda")
                    || m.startsWith("clip") || m.startsWith("lr") || m.startsWith("iters") || m.startsWith("threads") ? "--" + m : m);
        }
    }

    /** Checks (and creates, if missing) the output directory before anything is trained. */
    static Path outputDir(String out) {
        Path dir = Path.of(out);
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new UsageException("--out: " + out + " exists and is not a directory");
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new UsageException("--out: cannot create " + out + " (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(dir)) throw new UsageException("--out: " + out + " is not writable");
        return dir;
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> o = OptionParser.parse(args, 1, VALUED, FLAGS);
        if (o.containsKey("--help")) {
            out.print(Cli.TRAIN_HELP);
            return 0;
        }
        TrainConfig config = resolve(o);
        ExportRequest export = ExportRequest.parse(o);
        if (!o.containsKey("--out") && export.any()) throw new UsageException("--export and --frames-every need --out DIR");
        Path dir = o.containsKey("--out") ? outputDir(o.get("--out")) : null;
        if (dir != null) export.checkTarget(dir);

        Trainer trainer = new Trainer(config);
        ExecutorService evalPool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wganlab-eval");
            t.setDaemon(true);
            return t;
        });
        List<Future<EvalResult>> pending = new ArrayList<>();
        MetricsCsv csv = null;
        if (dir != null) {
            AtomicFiles.writeString(dir.resolve("config.json"), Json.write(config.toResolvedJson()));
            csv = new MetricsCsv(dir.resolve("metrics.csv"), config.layers);
        }
        Progress progress = new Progress(err, config.iters, System.console() != null);
        FrameRecorder frames = export.framesEvery() > 0 ? new FrameRecorder(export.framesEvery(), null) : null;
        long t0 = System.nanoTime();
        StepMetrics last = null;
        try {
            for (int it = 0; it < config.iters; it++) {
                last = trainer.generatorIteration();
                if (csv != null) csv.add(last);
                int done = it + 1;
                if (config.evalEvery > 0 && done % config.evalEvery == 0 && done < config.iters) {
                    var g = trainer.generator().copy();
                    var d = trainer.distribution();
                    pending.add(evalPool.submit(() -> Evaluation.run(g, d, config.fixedGenerator, config.evalSamples, config.seed, done)));
                }
                if (frames != null && (frames.due(trainer.iteration()) || done == config.iters)) frames.offer(trainer.snapshot(List.of()), done == config.iters);
                progress.update(done);
            }
        } catch (DivergenceException e) {
            progress.finish();
            if (csv != null) csv.close();
            err.println("wgan-lab: " + e.getMessage() + ". Try a smaller learning rate, a larger lambda, or clipping."
                    + (dir != null ? " What was written so far is in " + dir + "." : ""));
            return 3;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        progress.finish();
        if (csv != null) csv.close();

        EvalResult fin = Evaluation.run(trainer.generator(), trainer.distribution(), config.fixedGenerator, config.evalSamples, config.seed, config.iters);
        List<EvalResult> evals = new ArrayList<>();
        for (Future<EvalResult> f : pending) {
            try {
                evals.add(f.get());
            } catch (Exception e) {
                err.println("wgan-lab: an evaluation failed: " + e);
            }
        }
        evals.add(fin);
        evalPool.shutdown();

        Map<String, Object> summary = summary(config, last, fin, seconds);
        if (dir != null) {
            writeEvalCsv(dir.resolve("eval.csv"), evals);
            AtomicFiles.writeString(dir.resolve("summary.json"), Json.write(summary));
            if (export.any()) {
                String problem = export.writeAll(trainer.snapshot(evals), dir, frames, err);
                if (problem != null) {
                    out.println(keyValues(summary));
                    err.println("wgan-lab: " + problem);
                    return 2;
                }
            }
        }
        out.println(keyValues(summary));
        return 0;
    }

    static Map<String, Object> summary(TrainConfig c, StepMetrics last, EvalResult fin, double seconds) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("iters", c.iters);
        s.put("seconds", seconds);
        s.put("generator_iters_per_s", seconds > 0 ? c.iters / seconds : Double.NaN);
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
        s.put("eval_samples", c.evalSamples);
        s.put("mode", c.method.id);
        s.put("dataset", c.dataset);
        s.put("hidden", c.hidden);
        s.put("threads", c.resolvedThreads());
        s.put("kernel", MatMul.kernelName());
        return s;
    }

    static String keyValues(Map<String, Object> m) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (b.length() > 0) b.append(' ');
            b.append(e.getKey()).append('=').append(format(e.getValue()));
        }
        return b.toString();
    }

    static String format(Object v) {
        if (v instanceof Double d) {
            if (d.isNaN()) return "nan";
            if (d.isInfinite()) return d > 0 ? "inf" : "-inf";
            return String.format(Locale.ROOT, "%.6g", d).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
        }
        return String.valueOf(v);
    }

    private static void writeEvalCsv(Path file, List<EvalResult> evals) throws IOException {
        StringBuilder b = new StringBuilder("iter,samples,w1,modes_covered,modes_total,hq_fraction,within_0.1_fraction\n");
        for (EvalResult e : evals) {
            b.append(e.iteration()).append(',').append(e.samples()).append(',').append(format(e.w1())).append(',')
                    .append(e.modesTotal() > 0 ? String.valueOf(e.modesCovered()) : "nan").append(',')
                    .append(e.modesTotal() > 0 ? String.valueOf(e.modesTotal()) : "nan").append(',')
                    .append(format(e.hqFraction())).append(',').append(format(e.within01Fraction())).append('\n');
        }
        AtomicFiles.writeString(file, b.toString());
    }

    /** metrics.csv, streamed to a temporary file and moved into place when closed (also after a divergence). */
    static final class MetricsCsv {
        private final Path target;
        private final Path tmp;
        private final BufferedWriter w;
        private int rows;

        MetricsCsv(Path target, int layers) throws IOException {
            this.target = target;
            this.tmp = target.resolveSibling("." + target.getFileName() + ".part");
            this.w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
            StringBuilder h = new StringBuilder(String.join(",", StepMetrics.COLUMNS));
            for (int l = 1; l <= layers; l++) h.append(",layer_grad_norm_").append(l);
            w.write(h.append('\n').toString());
        }

        void add(StepMetrics m) throws IOException {
            StringBuilder b = new StringBuilder();
            double[] v = m.values();
            b.append((int) v[0]);
            for (int i = 1; i < v.length; i++) b.append(',').append(format(v[i]));
            for (double g : m.layerGradNorms()) b.append(',').append(format(g));
            w.write(b.append('\n').toString());
            if (++rows % 100 == 0) w.flush();
        }

        void close() throws IOException {
            w.close();
            AtomicFiles.moveInto(tmp, target);
        }
    }

    /** Iteration, rate and ETA on stderr, when stderr is a terminal. */
    static final class Progress {
        private final PrintStream err;
        private final int total;
        private final boolean enabled;
        private final long start = System.nanoTime();
        private long lastPrint;

        Progress(PrintStream err, int total, boolean enabled) {
            this.err = err;
            this.total = total;
            this.enabled = enabled;
        }

        void update(int done) {
            if (!enabled) return;
            long now = System.nanoTime();
            if (now - lastPrint < 500_000_000L && done < total) return;
            lastPrint = now;
            double s = (now - start) / 1e9;
            double rate = done / Math.max(s, 1e-9);
            double eta = (total - done) / Math.max(rate, 1e-9);
            err.printf(Locale.ROOT, "\riteration %d/%d  %.1f it/s  ETA %.0fs   ", done, total, rate, eta);
        }

        void finish() {
            if (enabled) err.println();
        }
    }
}
