package org.wganlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wganlab.config.SpecException;
import org.wganlab.lesson.Handout;
import org.wganlab.lesson.Lesson;
import org.wganlab.lesson.LessonStart;
import org.wganlab.lesson.Lessons;
import org.wganlab.tuning.KernelSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lesson --list} and {@code lesson NAME|FILE --out DIR}: the shipped lessons, and a lesson run headless into its handout. */
@Command(name = "lesson", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the shipped lessons, or run a lesson's steps headless and write handout.pdf with each step's figures (PNG and SVG).")
final class LessonCommand implements Callable<Integer> {
    private final PrintStream stdout, stderr;
    @Parameters(arity = "0..1", paramLabel = "NAME|FILE.json", description = "a shipped lesson (see --list) or a lesson file")
    String lesson;
    @Option(names = "--list", description = "list the shipped lessons")
    boolean list;
    @Option(names = "--out", paramLabel = "DIR", description = "write handout.pdf and the figures here")
    String out;

    LessonCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() throws IOException {
        if (list) {
            if (lesson != null || out != null) throw new UsageException("--list takes no lesson and no --out");
            for (String name : Lessons.SHIPPED) {
                Lesson l = Lessons.shipped(name);
                stdout.println(name + "  " + l.title() + " (" + l.steps().size() + " steps)");
            }
            return 0;
        }
        if (lesson == null) throw new UsageException("lesson: give a lesson's name or file (see lesson --list), and --out DIR");
        Lesson l;
        try {
            l = Lessons.find(lesson);
        } catch (SpecException e) {
            throw new UsageException("lesson " + e.getMessage());
        }
        if (out == null) throw new UsageException("lesson " + lesson + ": --out DIR says where the handout goes");
        Path dir = TrainCommand.outputDir(out);
        int widest = 0;
        for (var step : l.steps()) if (step.start() instanceof LessonStart.Settings s) widest = Math.max(widest, s.spec().hidden());
        KernelSetup.prepareFor(widest, notice -> stderr.println("wgan-lab: " + notice));
        boolean console = System.console() != null;
        Handout.Result r = Handout.write(l, dir, (step, done, of) -> {
            if (done == 0) stderr.printf(Locale.ROOT, "%sstep %d of %d: %s%n", console ? "\r" : "", step + 1, l.steps().size(), l.steps().get(step).title());
            else if (console && (done % 50 == 0 || done == of)) stderr.printf(Locale.ROOT, "\r  iteration %d/%d   ", done, of);
            if (console && done == of && of > 0) stderr.println();
        });
        for (int i = 0; i < r.notes().size(); i++) if (r.notes().get(i) != null) stderr.println("wgan-lab: step " + (i + 1) + ": " + r.notes().get(i));
        stdout.println("handout=" + r.pdf() + " pages=" + l.steps().size() + " figures=" + r.figures().size());
        return 0;
    }
}
