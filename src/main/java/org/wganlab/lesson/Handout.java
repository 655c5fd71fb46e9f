package org.wganlab.lesson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.wganlab.export.FigureSet;
import org.wganlab.export.FigureWriter;
import org.wganlab.export.ReplayPage;
import org.wganlab.export.Format;
import org.wganlab.figures.Figure;
import org.wganlab.figures.PlaneFigure;
import org.wganlab.figures.Views;
import org.wganlab.figures.Charts;
import org.wganlab.train.Snapshot;
import org.wganlab.figures.LayerGradientsChart;

/**
 * A lesson run headless, step by step, into what a teacher hands out: handout.pdf (a page per
 * step: its title and text as real text, what to watch, the plane and the step's charts) and
 * each step's figures as PNG and SVG beside it. Each step trains as far as it says, its
 * actions at their iterations, then its figures are drawn from that moment's snapshot, and
 * each of its claims is printed with the value the run reached.
 */
public final class Handout {
    /** What was written: the PDF, every figure file, and per step a note (a divergence) or null. */
    /** @param replay the lesson's replay page beside the handout */
    public record Result(Path pdf, List<Path> figures, List<String> notes, Path replay, long replayBytes) {
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
        ReplayPage replay = new ReplayPage(lesson.title());
        HeadlessLesson.run(lesson, progress, o -> {
            LessonStep step = o.step();
            Snapshot snap = o.snapshot();
            PlaneFigure options = new PlaneFigure();
            options.setOptions(step.overlays());
            FigureSet set = FigureSet.of(snap, options);
            if (!o.kept().isEmpty() && set.byId(Views.LAYER_GRADS.id()) instanceof LayerGradientsChart layers) {
                layers.setKept(o.kept());
                layers.update(snap);
            }
            List<Figure> shown = new ArrayList<>();
            shown.add(set.plane());
            for (String id : step.charts()) shown.add(set.byId(id));
            for (Figure f : shown) {
                int[] size = Views.sizeOf(f.id());
                for (Format fmt : List.of(Format.PNG, Format.SVG)) {
                    Path file = dir.resolve(String.format("step-%02d-%s.%s", o.index() + 1, f.id(), fmt.extension()));
                    FigureWriter.write(f, fmt, file, size[0], size[1], fmt == Format.PNG ? 2 : 1);
                    figures.add(file);
                }
            }
            notes.add(o.note());
            pages.add(new HandoutPage.StepPage(o.index() + 1, step, snap.iteration(), o.note(), shown, o.claims()));
        }, replayMoments(replay));
        Path pdf = dir.resolve("handout.pdf");
        HandoutPage.writePdf(lesson, pages, pdf);
        Path page = dir.resolve("replay.html");
        long bytes = replay.write(page);
        return new Result(pdf, List.copyOf(figures), notes, page, bytes);
    }

    /** Frames a step: this many evenly over its iterations, its start and end among them. */
    static final int REPLAY_FRAMES_PER_STEP = 12;

    /** Each step a segment of the replay, with its title and text; frames at its start, evenly through it, and at its end. */
    private static HeadlessLesson.Moments replayMoments(ReplayPage replay) {
        return new HeadlessLesson.Moments() {
            @Override
            public void stepStarted(int index, LessonStep step, Snapshot start) {
                replay.beginSegment("Step " + (index + 1) + ": " + step.title(), step.text(), step.overlays());
                replay.add(start);
            }

            @Override
            public void iteration(int index, LessonStep step, int done, Supplier<Snapshot> now) {
                int every = Math.max(1, step.iterations() / REPLAY_FRAMES_PER_STEP);
                if (done % every == 0 && done < step.iterations()) replay.add(now.get());
            }

            @Override
            public void stepEnded(int index, LessonStep step, Snapshot end) {
                replay.add(end);
                replay.endSegment(end);
            }
        };
    }
}
