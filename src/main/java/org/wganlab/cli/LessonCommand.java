package org.wganlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wganlab.lesson.ClaimResult;
import org.wganlab.lesson.LessonCheck;
import java.util.concurrent.Callable;
import org.wganlab.config.SpecException;
import org.wganlab.lesson.Handout;
import org.wganlab.lesson.Lesson;
import org.wganlab.lesson.LessonStart;
import org.wganlab.lesson.Lessons;
import org.wganlab.kernel.tuning.KernelSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lesson --list}, {@code lesson NAME|FILE --out DIR} and {@code lesson --check [NAME|FILE]}: the shipped lessons, a
 * lesson run headless into its handout, and a lesson's claims checked at several seeds.
 */
@Command(name = "lesson", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the shipped lessons, run a lesson's steps headless and write handout.pdf with each step's figures (PNG and SVG), "
                + "or check that its claims hold (--check).")
final class LessonCommand implements Callable<Integer> {
    private final PrintStream stdout, stderr;
    @Parameters(arity = "0..1", paramLabel = "NAME|FILE.json", description = "a shipped lesson (see --list) or a lesson file")
    String lesson;
    @Option(names = "--list", description = "list the shipped lessons")
    boolean list;
    @Option(names = "--out", paramLabel = "DIR", description = "write handout.pdf, the figures and replay.html (the lesson as a web page) here")
    String out;
    @Option(names = "--check", description = "run every step at the lesson's seeds and at further ones and check each step's claims (\"expect\"); "
            + "without a lesson, every shipped lesson. Exits 1 if a claim fails at the shipped seed or holds on fewer than 80%% of the seeds")
    boolean check;
    @Option(names = "--seeds", paramLabel = "N", description = "with --check: the shipped seed and N-1 further ones (default: ${DEFAULT-VALUE})", defaultValue = "5")
    int seeds;

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
        if (check) return check();
        if (lesson == null) throw new UsageException("lesson: give a lesson's name or file (see lesson --list), and --out DIR");
        Lesson l;
        try {
            l = Lessons.find(lesson);
        } catch (SpecException e) {
            throw new UsageException("lesson " + e.getMessage());
        }
        if (out == null) throw new UsageException("lesson " + lesson + ": --out DIR says where the handout goes");
        Path dir = TrainCommand.outputDir(out);
        prepareKernels(List.of(l));
        boolean console = System.console() != null;
        Handout.Result r = Handout.write(l, dir, (step, done, of) -> {
            if (done == 0) stderr.printf(Locale.ROOT, "%sstep %d of %d: %s%n", console ? "\r" : "", step + 1, l.steps().size(), l.steps().get(step).title());
            else if (console && (done % 50 == 0 || done == of)) stderr.printf(Locale.ROOT, "\r  iteration %d/%d   ", done, of);
            if (console && done == of && of > 0) stderr.println();
        });
        for (int i = 0; i < r.notes().size(); i++) if (r.notes().get(i) != null) stderr.println("wgan-lab: step " + (i + 1) + ": " + r.notes().get(i));
        stdout.printf(Locale.ROOT, "handout=%s pages=%d figures=%d replay=%s replay_mb=%.1f%n", r.pdf(), l.steps().size(), r.figures().size(), r.replay(), r.replayBytes() / 1e6);
        return 0;
    }

    private void prepareKernels(List<Lesson> lessons) {
        int widest = 0;
        for (Lesson l : lessons) for (var step : l.steps()) if (step.start() instanceof LessonStart.Settings s) widest = Math.max(widest, s.spec().hidden());
        KernelSetup.prepareFor(widest, notice -> stderr.println("wgan-lab: " + notice));
    }

    /** The check: a table per lesson on stdout, progress on stderr; 1 if any claim does not pass. */
    private int check() throws IOException {
        if (out != null) throw new UsageException("--check writes no handout: drop --out");
        if (seeds < 1 || seeds > 100) throw new UsageException("--seeds must be 1 to 100, got " + seeds);
        List<Lesson> lessons = new ArrayList<>();
        try {
            if (lesson == null) lessons.addAll(Lessons.allShipped());
            else lessons.add(Lessons.find(lesson));
        } catch (SpecException e) {
            throw new UsageException("lesson " + e.getMessage());
        }
        prepareKernels(lessons);
        boolean console = System.console() != null;
        boolean all = true;
        for (Lesson l : lessons) {
            if (l.hasSessions()) stderr.println("wgan-lab: " + l.title() + ": a step starts from a saved session, which keeps its own seed");
            LessonCheck.Report r = LessonCheck.run(l, seeds, (seed, step, done, of) -> {
                if (done == 0) stderr.printf(Locale.ROOT, "%s%s: seed %d of %d, step %d of %d%n", console ? "\r" : "", l.title(), seed + 1, seeds, step + 1, l.steps().size());
                else if (console && (done % 50 == 0 || done == of)) stderr.printf(Locale.ROOT, "\r  iteration %d/%d   ", done, of);
            });
            print(r);
            all &= r.passes();
        }
        if (lessons.size() > 1) stdout.println(all ? "all lessons pass" : "some claims do not pass");
        return all ? 0 : 1;
    }

    private void print(LessonCheck.Report r) {
        stdout.println(r.lesson() + " (" + r.seeds() + (r.seeds() == 1 ? " seed)" : " seeds)"));
        int width = "claim".length();
        for (LessonCheck.Row row : r.rows()) width = Math.max(width, row.shipped().claim().text().length());
        String format = "%-5s %-" + width + "s  %-16s %-6s %-44s %s%n";
        stdout.printf(Locale.ROOT, format, "step", "claim", "shipped seed", "seeds", "verdict", "every seed (shipped first)");
        for (LessonCheck.Row row : r.rows()) {
            ClaimResult c = row.shipped();
            String verdict = row.passes() ? "pass" : !c.holds() ? "FAIL (at the shipped seed)" : "FAIL (holds on fewer than 80% of the seeds)";
            StringBuilder every = new StringBuilder();
            for (ClaimResult e : row.everySeed()) every.append(every.length() == 0 ? "" : " ").append(e.valueText().replace(" ", "_")).append(e.holds() ? "" : "*");
            stdout.printf(Locale.ROOT, format, row.step(), c.claim().text(), c.valueText() + (c.holds() ? "" : " (fails)"), row.held() + "/" + row.seeds(), verdict, every);
        }
        if (r.rows().isEmpty()) stdout.println("(no step of this lesson makes a claim: nothing to check)");
        for (String n : r.notes()) stdout.println("note: " + n);
        stdout.println();
    }
}
