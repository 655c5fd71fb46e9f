package org.wganlab.lesson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.wganlab.config.RunSpec;
import org.wganlab.figures.LayerProfile;
import org.wganlab.session.SessionFile;
import org.wganlab.train.EvalResult;
import org.wganlab.train.EvalSchedule;
import org.wganlab.train.RunDriver;
import org.wganlab.train.Snapshot;

/**
 * A lesson run without a window, step by step as the window would give it: each step trains as
 * far as it says, its actions at their iterations, then its claims are read on the moment it
 * ended. The handout draws each outcome, {@code lesson --check} tabulates them.
 */
public final class HeadlessLesson {
    /** Exact W1 every this many iterations: the curve the claims' windows read. */
    static final int EVAL_EVERY = 100;

    /**
     * One step's end.
     *
     * @param note a divergence in words, or null
     * @param kept the profiles earlier steps kept for the layer-grads chart, oldest first
     */
    public record StepOutcome(int index, LessonStep step, StepRun run, String note, List<ClaimResult> claims, List<LayerProfile> kept) {
        public Snapshot snapshot() {
            return run.now();
        }
    }

    /** Told each step's outcome as it ends (a handout writes its figures there). */
    public interface StepDone {
        void done(StepOutcome outcome) throws IOException;
    }

    /** Told of each step's run as it goes (a replay takes its frames there); every method may do nothing. */
    public interface Moments {
        /** The step begins, its run at this snapshot. */
        void stepStarted(int index, LessonStep step, Snapshot start);

        /** The step has trained this many of its iterations; now gives the run's snapshot (costly: take it only when needed). */
        void iteration(int index, LessonStep step, int done, Supplier<Snapshot> now);

        /** The step has ended at this snapshot. */
        void stepEnded(int index, LessonStep step, Snapshot end);
    }

    /** Moments that nobody watches. */
    public static final Moments NO_MOMENTS = new Moments() {
        @Override
        public void stepStarted(int index, LessonStep step, Snapshot start) {
        }

        @Override
        public void iteration(int index, LessonStep step, int done, Supplier<Snapshot> now) {
        }

        @Override
        public void stepEnded(int index, LessonStep step, Snapshot end) {
        }
    };

    private HeadlessLesson() {
    }

    private static boolean evaluatedAt(RunDriver driver, int iteration) {
        List<EvalResult> e = driver.evaluations();
        return !e.isEmpty() && e.get(e.size() - 1).iteration() == iteration;
    }

    public static List<StepOutcome> run(Lesson lesson, Handout.Progress progress, StepDone each) throws IOException {
        return run(lesson, progress, each, NO_MOMENTS);
    }

    public static List<StepOutcome> run(Lesson lesson, Handout.Progress progress, StepDone each, Moments moments) throws IOException {
        List<StepOutcome> out = new ArrayList<>();
        List<LayerProfile> kept = new ArrayList<>();
        LessonStep first = lesson.steps().get(0);
        RunSpec firstSpec = first.start() instanceof LessonStart.Settings s ? s.spec() : RunSpec.defaults();
        try (RunDriver driver = new RunDriver(firstSpec, 0, EvalSchedule.every(EVAL_EVERY))) {
            HeadlessTarget target = new HeadlessTarget(driver);
            LessonPlayer player = new LessonPlayer(lesson, SessionFile::read);
            for (int i = 0; i < lesson.steps().size(); i++) {
                LessonStep step = lesson.steps().get(i);
                player.enter(i, target, driver.trainer().iteration());
                // An evaluation at the step's start, so that "W1 falls by P%" reads from where the step began.
                if (driver.divergence() == null && !evaluatedAt(driver, driver.trainer().iteration())) driver.evaluateNow();
                Snapshot atStart = driver.snapshot();
                moments.stepStarted(i, step, atStart);
                int done = 0;
                progress.at(i, 0, step.iterations());
                player.atIteration(driver.trainer().iteration(), target);
                while (done < step.iterations() && driver.divergence() == null) {
                    if (driver.iteration() == null) break;
                    done++;
                    player.atIteration(driver.trainer().iteration(), target);
                    moments.iteration(i, step, done, driver::snapshot);
                    progress.at(i, done, step.iterations());
                }
                String note = driver.divergence() == null ? null : "The run diverged at iteration " + driver.divergence().iteration() + ".";
                if (note == null) driver.evaluateNow();
                StepRun run = new StepRun(player.begin(), step.iterations(), atStart, driver.snapshot());
                moments.stepEnded(i, step, run.now());
                StepOutcome o = new StepOutcome(i, step, run, note, ClaimReader.readAll(step.expect(), run), List.copyOf(kept));
                each.done(o);
                out.add(o);
                if (!step.keepProfile().isEmpty() && run.now().criticSteps() > 0) kept.add(new LayerProfile(step.keepProfile(), run.now().norms().perLayer()));
            }
        }
        return out;
    }
}
