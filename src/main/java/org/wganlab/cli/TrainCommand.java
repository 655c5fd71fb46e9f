package org.wganlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.wganlab.config.RunSpec;
import org.wganlab.export.AtomicFiles;
import org.wganlab.export.DataExport;
import org.wganlab.export.FrameRecorder;
import org.wganlab.export.ReplayPage;
import org.wganlab.kernel.tuning.KernelSetup;
import org.wganlab.session.SessionException;
import org.wganlab.session.SessionFile;
import org.wganlab.train.EvalResult;
import org.wganlab.train.EvalSchedule;
import org.wganlab.train.RunDriver;
import org.wganlab.train.RunState;
import org.wganlab.train.ScheduledSwitch;
import org.wganlab.train.Snapshot;
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
    @Mixin
    RunLengthOptions lengths;
    @Option(names = "--out", paramLabel = "DIR", description = "write config.json, metrics.csv, eval.csv, summary.json here")
    String out;
    @Mixin
    ExportOptions exportOptions;
    @Option(names = "--critic-to-optimality", paramLabel = "N", description = "after the iterations, freeze the generator and train the critic N more steps: "
            + "its estimate climbs toward the exact W1 (eq. 3); writes optimality.csv and reports how close it got")
    int criticToOptimality;
    @Option(names = "--switch", paramLabel = "ITER:KEY=VALUE[,..]", description = "before iteration ITER change these config.json keys live, as the window's switch "
            + "would (recorded as an event; repeatable), e.g. --switch 1000:mode=clip")
    List<String> switches = new ArrayList<>();
    @Option(names = "--save-session", paramLabel = "FILE.wgan", description = "at the end, save the whole run (weights, optimizer state, random streams, curves) to resume it later")
    String saveSession;
    @Option(names = "--replay", paramLabel = "FILE.html", description = "at the end, write the run as one web page students open in any browser: the plane at up to "
            + ReplayPage.MAX_FRAMES + " moments, the curves, a slider")
    String replay;
    @Option(names = "--resume", paramLabel = "FILE.wgan", description = "continue a saved session exactly where it stopped; flags given change its settings as a live switch would")
    String resume;

    TrainCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() throws IOException {
        RunState resumed = resume == null ? null : readSession();
        RunSpec spec = resolve(resumed);
        Path sessionOut = saveSession == null ? null : fileTarget("--save-session", saveSession, "run.wgan");
        Path replayOut = replay == null ? null : fileTarget("--replay", replay, "run.html");
        ExportRequest export = exportOptions.request();
        if (out == null && export.any()) throw new UsageException("--export and --frames-every need --out DIR");
        Path dir = out == null ? null : outputDir(out);
        if (dir != null) export.checkTarget(dir);
        if (criticToOptimality < 0 || criticToOptimality > 1_000_000) throw new UsageException("--critic-to-optimality must be 0 to 1000000, got " + criticToOptimality);
        List<ScheduledSwitch> scripted = SwitchOptions.parse(switches, spec);
        return run(new Job(spec, resumed, sessionOut, criticToOptimality, scripted, replayOut), export, dir, stdout, stderr, null);
    }

    private RunState readSession() {
        if (specOptions.config != null) throw new UsageException("--resume and --config: a session carries its own settings; give flags to change them");
        try {
            return SessionFile.read(UsageException.path("--resume", resume));
        } catch (SessionException e) {
            throw new UsageException("--resume " + e.getMessage());
        }
    }

    /** Where --save-session or --replay writes: checked before anything is trained. */
    private static Path fileTarget(String option, String name, String example) {
        if (name.isBlank()) throw new UsageException(option + ": the file name is empty");
        Path file = UsageException.path(option, name).toAbsolutePath();
        if (Files.isDirectory(file)) throw new UsageException(option + ": " + name + " is a folder; give a file name such as " + example);
        Path parent = file.getParent();
        if (parent == null || !Files.isDirectory(parent)) throw new UsageException(option + ": the folder of " + name + " does not exist");
        if (!Files.isWritable(parent)) throw new UsageException(option + ": the folder of " + name + " is not writable");
        return file;
    }

    private RunSpec resolve(RunState resumed) {
        RunSpec base = resumed == null ? RunSpec.defaults() : resumed.trainer().spec();
        RunSpec s = specOptions.resolve(command, base);
        return lengths.apply(command.commandLine().getParseResult(), s, resumed == null ? -1 : resumed.trainer().iteration());
    }

    /** Checks (and creates, if missing) the output directory before anything is trained. */
    static Path outputDir(String out) {
        if (out.isBlank()) throw new UsageException("--out: the folder name is empty");
        Path dir = UsageException.path("--out", out);
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new UsageException("--out: " + out + " exists and is not a directory");
        try {
            Files.createDirectories(dir);
        } catch (AccessDeniedException e) {
            throw new UsageException("--out: cannot create " + out + ": permission denied for " + e.getFile());
        } catch (FileSystemException e) {
            throw new UsageException("--out: cannot create " + out + ": " + AtomicFiles.reason(e) + " (" + e.getFile() + ")");
        } catch (IOException | SecurityException e) {
            throw new UsageException("--out: cannot create " + out + " (" + e + ")");
        }
        if (!Files.isWritable(dir)) throw new UsageException("--out: " + out + " is not writable");
        return dir;
    }

    /** What to train: the spec, the session it continues (or null), where to save the session at the end (or null). */
    record Job(RunSpec spec, RunState resumed, Path saveSession, int criticToOptimality, List<ScheduledSwitch> switches, Path replay) {
        Job(RunSpec spec) {
            this(spec, null, null, 0, List.of(), null);
        }

        int firstIteration() {
            return resumed == null ? 0 : resumed.trainer().iteration();
        }

        RunDriver driver() {
            RunDriver d;
            if (resumed == null) {
                d = new RunDriver(spec, 0, EvalSchedule.every(spec.eval().every()));
            } else {
                d = new RunDriver(resumed, 0, EvalSchedule.every(spec.eval().every()));
                d.apply(spec);
            }
            d.schedule(switches);
            return d;
        }
    }

    /** @param finished given the run's last snapshot when it finished (null: not wanted) */
    static int run(Job job, ExportRequest export, Path dir, PrintStream out, PrintStream err, Consumer<Snapshot> finished) throws IOException {
        RunSpec spec = job.spec();
        TrainOutput files = dir == null ? null : TrainOutput.begin(dir, spec);
        Thread onInterrupt = files == null ? null : Threads.daemon(() -> interrupted(files, dir, err), "wganlab-interrupted");
        if (onInterrupt != null) Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            return train(job, export, dir, files, out, err, finished);
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

    private static int train(Job job, ExportRequest export, Path dir, TrainOutput files, PrintStream out, PrintStream err, Consumer<Snapshot> finished)
            throws IOException {
        RunSpec spec = job.spec();
        KernelSetup.prepareFor(spec.hidden(), notice -> err.println("wgan-lab: " + notice));
        int todo = spec.iters() - job.firstIteration();
        Progress progress = new Progress(err, todo, System.console() != null);
        FrameRecorder frames = export.framesEvery() > 0 ? new FrameRecorder(export.framesEvery(), null) : null;
        try (RunDriver driver = job.driver()) {
            StepMetrics last = job.resumed() == null ? null : job.resumed().trainer().record().last();
            ReplayPage replay = job.replay() == null ? null : new ReplayPage(ReplayPage.titleOf(spec));
            // The replay's frames evenly over the run, its start and its end among them.
            int replayEvery = Math.max(1, (int) Math.ceil(todo / (double) (ReplayPage.MAX_FRAMES - 1)));
            if (replay != null) replay.add(driver.snapshot());
            for (int done = 1; done <= todo; done++) {
                StepMetrics m = driver.iteration();
                if (m == null) break;
                last = m;
                if (files != null) files.add(m);
                int it = driver.trainer().iteration();
                if (frames != null && (frames.due(it) || done == todo)) frames.offer(driver.trainer().snapshot(List.of()), done == todo);
                if (replay != null && (done % replayEvery == 0 || done == todo)) replay.add(driver.snapshot());
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
            String optimality = job.criticToOptimality() > 0 ? CriticOptimality.run(driver, job.criticToOptimality(), err) : null;
            EvalResult fin = driver.evaluateNow();
            var summary = TrainOutput.summary(spec, todo, last, fin, seconds);
            if (optimality != null) CriticOptimality.report(summary, driver, fin);
            if (replay != null) {
                try {
                    replay.endSegment(driver.snapshot());
                    long bytes = replay.write(job.replay());
                    err.printf(Locale.ROOT, "wgan-lab: wrote the replay %s (%d frames, %.1f MB)%n", job.replay(), replay.frames(), bytes / 1e6);
                } catch (IOException e) {
                    out.println(TrainOutput.keyValues(summary));
                    err.println("wgan-lab: cannot write the replay to " + job.replay() + ": " + AtomicFiles.reason(e));
                    return Cli.BAD_INPUT;
                }
            }
            if (job.saveSession() != null) {
                try {
                    SessionFile.write(job.saveSession(), driver.state());
                } catch (IOException e) {
                    out.println(TrainOutput.keyValues(summary));
                    err.println("wgan-lab: cannot save the session to " + job.saveSession() + ": " + (e.getMessage() == null ? e : e.getMessage()));
                    return Cli.BAD_INPUT;
                }
            }
            if (dir != null) {
                files.finish(driver.evaluations(), driver.latestPlan(), summary);
                AtomicFiles.writeString(dir.resolve("events.csv"), DataExport.eventsCsv(driver.snapshot()));
                if (optimality != null) AtomicFiles.writeString(dir.resolve("optimality.csv"), optimality);
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
            if (finished != null) finished.accept(driver.snapshot());
            return 0;
        }
    }
}
