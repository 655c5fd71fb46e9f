package org.wganlab.lesson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wganlab.export.FigureSet;
import org.wganlab.export.FigureWriter;
import org.wganlab.export.Format;
import org.wganlab.figures.Figure;
import org.wganlab.figures.PlaneFigure;
import org.wganlab.figures.Views;
import org.wganlab.session.SessionFile;
import org.wganlab.train.EvalSchedule;
import org.wganlab.train.RunDriver;
import org.wganlab.train.Snapshot;

/**
 * A lesson run headless, step by step, into what a teacher hands out: handout.pdf (a page per
 * step: its title and text as real text, what to watch, the plane and the step's charts) and
 * each step's figures as PNG and SVG beside it. Each step trains as far as it says, its
 * actions at their iterations, then its figures are drawn from that moment's snapshot.
 */
public final class Handout {
    /** What was written: the PDF, every figure file, and per step a note (a divergence) or null. */
    public record Result(Path pdf, List<Path> figures, List<String> notes) {
    }

    /** Told before each step and after each iteration: (step index, iterations done in it, of how many). */
    public interface Progress {
        void at(int step, int done, int of);
    }

    private Handout() {
    }

    public static Result write(Lesson lesson, Path dir, Progress progress) throws IOException {
        List<HandoutPage.StepPage> pages = new ArrayList<>();
        List<Path> figures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        LessonStep first = lesson.steps().get(0);
        org.wganlab.config.RunSpec firstSpec = first.start() instanceof LessonStart.Settings s ? s.spec() : org.wganlab.config.RunSpec.defaults();
        try (RunDriver driver = new RunDriver(firstSpec, 0, EvalSchedule.every(50))) {
            HeadlessTarget target = new HeadlessTarget(driver);
            LessonPlayer player = new LessonPlayer(lesson, SessionFile::read);
            for (int i = 0; i < lesson.steps().size(); i++) {
                LessonStep step = lesson.steps().get(i);
                player.enter(i, target, driver.trainer().iteration());
                int done = 0;
                progress.at(i, 0, step.iterations());
                player.atIteration(driver.trainer().iteration(), target);
                while (done < step.iterations() && driver.divergence() == null) {
                    if (driver.iteration() == null) break;
                    done++;
                    player.atIteration(driver.trainer().iteration(), target);
                    progress.at(i, done, step.iterations());
                }
                String note = driver.divergence() == null ? null : "The run diverged at iteration " + driver.divergence().iteration() + ".";
                if (note == null) driver.evaluateNow();
                notes.add(note);
                Snapshot snap = driver.snapshot();
                PlaneFigure options = new PlaneFigure();
                options.setOptions(step.overlays());
                FigureSet set = FigureSet.of(snap, options);
                List<Figure> shown = new ArrayList<>();
                shown.add(set.plane());
                for (String id : step.charts()) shown.add(set.byId(id));
                for (Figure f : shown) {
                    int[] size = Views.sizeOf(f.id());
                    for (Format fmt : List.of(Format.PNG, Format.SVG)) {
                        Path file = dir.resolve(String.format("step-%02d-%s.%s", i + 1, f.id(), fmt.extension()));
                        FigureWriter.write(f, fmt, file, size[0], size[1], fmt == Format.PNG ? 2 : 1);
                        figures.add(file);
                    }
                }
                pages.add(new HandoutPage.StepPage(i + 1, step, snap.iteration(), note, shown));
            }
        }
        Path pdf = dir.resolve("handout.pdf");
        HandoutPage.writePdf(lesson, pages, pdf);
        return new Result(pdf, List.copyOf(figures), notes);
    }
}
