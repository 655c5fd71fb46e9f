package org.wganlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SpecException;
import org.wganlab.export.FrameRecorder;
import org.wganlab.train.EvalResult;
import org.wganlab.train.EvalSchedule;
import org.wganlab.train.RunBudget;
import org.wganlab.train.RunDriver;
import org.wganlab.train.StepMetrics;
import org.wganlab.train.Threads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train [options]}: a headless run, with config.json, metrics.csv, eval.csv and summary.json under --out. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train headless. The last stdout line is the summary as key=value pairs.")
final class TrainCommand implements Callable<Integer> {
    private final PrintStream stdout, stderr;
    @Spec
    CommandSpec command;
    @Mixin
    SpecOptions specOptions;
    @Option(names = "--iters", paramLabel = "N", description = "generator iterations (default: ${DEFAULT-VALUE})")
    int iters;
    @Option(names = "--eval-every", paramLabel = "N", description = "exact W1 every N iterations, off the training thread; 0: only at the end (default: ${DEFAULT-VALUE})")
    int evalEvery;
    @Option(names = "--eval-samples", paramLabel = "N", description = "points per exact-W1 evaluation (default: ${DEFAULT-VALUE})")
    int evalSamples;
    @Option(names = "--out", paramLabel = "DIR", description = "write config.json, metrics.csv, eval.csv, summary.json here")
    String out;
    @Mixin
    ExportOptions exportOptions;

    TrainCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() throws IOException {
        RunSpec spec = resolve();
        ExportRequest export = exportOptions.request();
        if (out == null && export.any()) throw new UsageException("--export and --frames-every need --out DIR");
        Path dir = out == null ? null : outputDir(out);
        if (dir != null) export.checkTarget(dir);
        return run(spec, export, dir, stdout, stderr);
    }

    private RunSpec resolve() {
        RunSpec s = specOptions.resolve(command, RunSpec.defaults());
        var given = command.commandLine().getParseResult();
        try {
            s = SpecOptions.on(given, "--iters", s, x -> x.withIters(iters));
            s = SpecOptions.on(given, "--eval-every", s, x -> x.withEval(x.eval().withEvery(evalEvery)));
            s = SpecOptions.on(given, "--eval-samples", s, x -> x.withEval(x.eval().withSamples(evalSamples)));
            RunBudget.check(s, Runtime.getRuntime().maxMemory());
            return s;
        } catch (SpecException e) {
            throw SpecOptions.flagError(e);
        }
    }

    /** Checks (and creates, if missing) the output directory before anything is trained. */
    static Path outputDir(String out) {
        if (out.isBlank()) throw new UsageException("--out: the folder name is empty");
        Path dir = UsageException.path("--out", out);
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new UsageException("--out: " + out + " exists and is not a directory");
        try {
            Files.createDirectories(dir);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new UsageException("--out: cannot create " + out + ": permission denied for " + e.getFile());
        } catch (java.nio.file.FileSystemException e) {
            throw new UsageException("--out: cannot create " + out + ": " + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName()) + " (" + e.getFile() + ")");
        } catch (IOException | SecurityException e) {
            throw new UsageException("--out: cannot create " + out + " (" + e + ")");
        }
        if (!Files.isWritable(dir)) throw new UsageException("--out: " + out + " is not writable");
        return dir;
    }

    static int run(RunSpec spec, ExportRequest export, Path dir, PrintStream out, PrintStream err) throws IOException {
        TrainOutput files = dir == null ? null : TrainOutput.begin(dir, spec);
        Thread onInterrupt = files == null ? null : Threads.daemon(() -> interrupted(files, dir, err), "wganlab-interrupted");
        if (onInterrupt != null) Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            return train(spec, export, dir, files, out, err);
        } finally {
            if (onInterrupt != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(onInterrupt);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running: it finishes the files.
                }
            }
        }
    }

    /** On TERM or INT during a run: the rows so far into metrics.csv, and where they are. */
    private static void interrupted(TrainOutput files, Path dir, PrintStream err) {
        try {
            files.closeMetrics();
            err.println("wgan-lab: interrupted after " + files.rows() + " iterations; the rows so far are in " + dir.resolve("metrics.csv")
                    + " (no summary.json: the run did not finish).");
        } catch (IOException e) {
            err.println("wgan-lab: interrupted; could not finish " + dir.resolve("metrics.csv") + ": " + e.getMessage());
        }
    }

    private static int train(RunSpec spec, ExportRequest export, Path dir, TrainOutput files, PrintStream out, PrintStream err) throws IOException {
        Progress progress = new Progress(err, spec.iters(), System.console() != null);
        FrameRecorder frames = export.framesEvery() > 0 ? new FrameRecorder(export.framesEvery(), null) : null;
        try (RunDriver driver = new RunDriver(spec, 0, EvalSchedule.every(spec.eval().every()))) {
            StepMetrics last = null;
            for (int done = 1; done <= spec.iters(); done++) {
                StepMetrics m = driver.iteration();
                if (m == null) break;
                last = m;
                if (files != null) files.add(m);
                int it = driver.trainer().iteration();
                if (frames != null && (frames.due(it) || done == spec.iters())) frames.offer(driver.trainer().snapshot(java.util.List.of()), done == spec.iters());
                progress.update(done);
            }
            progress.finish();
            if (files != null) files.closeMetrics();
            if (driver.divergence() != null) {
                err.println("wgan-lab: " + driver.divergence().getMessage() + ". Try a smaller learning rate, a larger lambda, or clipping."
                        + (dir != null ? " What was written so far is in " + dir + "." : ""));
                return Cli.DIVERGED;
            }
            double seconds = driver.trainingSeconds();
            EvalResult fin = driver.evaluateNow();
            var summary = TrainOutput.summary(spec, last, fin, seconds);
            if (dir != null) {
                files.finish(driver.evaluations(), driver.latestPlan(), summary);
                if (export.any()) {
                    String problem = export.writeAll(driver.snapshot(), dir, frames);
                    if (problem != null) {
                        out.println(TrainOutput.keyValues(summary));
                        err.println("wgan-lab: " + problem);
                        return Cli.BAD_INPUT;
                    }
                }
            }
            out.println(TrainOutput.keyValues(summary));
            return 0;
        }
    }
}
