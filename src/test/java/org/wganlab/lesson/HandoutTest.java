package org.wganlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.config.RunSpec;
import org.wganlab.train.RunState;

public class HandoutTest {
    public static final String MINI = """
            {"format": "wgan-lab-lesson", "version": 1, "title": "Mini lesson", "steps": [
             {"title": "Penalty first", "text": "A short run with the penalty, then clipping.",
              "start": {"settings": {"mode": "gp", "hidden": 16, "batch": 64, "critic_iters": 2, "eval_samples": 40, "threads": 1}},
              "iterations": 24, "actions": [{"at": 12, "do": "switch", "settings": {"mode": "clip"}}],
              "charts": ["weights", "grad-norms"], "overlays": ["contours", "transport"], "point_at": "the weights at +-c",
              "expect": ["W1 >= 0", "W1 <= 0"]},
             {"title": "Then a critic burst", "text": "The critic trains alone against the frozen generator (G fixed): L_C = E[C(G(z))] - E[C(x)], and the minimax loss would be L_G = E[log(1 - sigma(D(G(z))))], a line long enough to wrap inside (its parentheses).",
              "start": {"continue": true}, "iterations": 6, "actions": [{"at": 0, "do": "train_critic", "steps": 10}], "charts": ["wasserstein"]}
            ]}
            """;

    /** The PDF's text as a reader extracts it, runs of white space as one space (lines wrap where the page sets them). */
    public static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static int pages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void aHandoutHasAPagePerStepWithItsTitleAsTextAndTheStepsFigures(@TempDir Path dir) throws Exception {
        Lesson lesson = LessonJson.read(MINI, "mini");
        List<String> told = new ArrayList<>();
        Handout.Result r = Handout.write(lesson, dir, (step, done, of) -> {
            if (done == 0) told.add("step " + step);
        });
        assertEquals(2, pages(r.pdf()));
        String text = pdfText(r.pdf());
        assertTrue(text.contains("Penalty first"), "the title is PDF text: " + text);
        assertTrue(text.contains("Then a critic burst"));
        assertTrue(text.contains("Watch: the weights at +-c"));
        // Each claim with the value this run reached: the one that holds and the one that cannot,
        // typeset ($W_1 \geq 0$: outlines, so no text between the mark and the value), not in the claim grammar's ASCII.
        assertTrue(java.util.regex.Pattern.compile("\\[holds\\]\\s+\\(this run: ").matcher(text).find(), text);
        assertTrue(java.util.regex.Pattern.compile("\\[FAILS\\]\\s+\\(this run: ").matcher(text).find(), text);
        assertFalse(text.contains("W1 >= 0") || text.contains("W1 <= 0"), text);
        // The whole text as written, its wrapped parentheses and formulas too.
        assertTrue(text.contains("The critic trains alone against the frozen generator (G fixed): L_C = E[C(G(z))] - E[C(x)], and the minimax loss would be"
                + " L_G = E[log(1 - sigma(D(G(z))))], a line long enough to wrap inside (its parentheses)."), text);
        for (String f : List.of("step-01-plane.png", "step-01-plane.svg", "step-01-weights.png", "step-01-grad-norms.svg", "step-02-wasserstein.png")) {
            assertTrue(Files.size(dir.resolve(f)) > 1000, f);
        }
        assertEquals(10, r.figures().size());
        assertEquals(List.of("step 0", "step 1"), told);
        assertNull(r.notes().get(0));
        String svg = Files.readString(dir.resolve("step-01-plane.svg"));
        assertTrue(svg.contains("weight clipping"), "the plane shows the run after the switch at iteration 12");
    }

    @Test
    void theSwitchHappensAtItsIterationAndTheStepPausesAtItsEnd() {
        Lesson lesson = LessonJson.read(MINI, "mini");
        List<String> log = new ArrayList<>();
        var spec = ((LessonStart.Settings) lesson.steps().get(0).start()).spec();
        LessonTarget target = new LessonTarget() {
            RunSpec now = spec;

            public void start(RunSpec s) {
                now = s;
                log.add("start " + s.method().id);
            }

            public void resume(RunState s) {
                log.add("resume");
            }

            public RunSpec spec() {
                return now;
            }

            public void apply(RunSpec next) {
                now = next;
                log.add("apply " + next.method().id);
            }

            public void pause() {
                log.add("pause");
            }

            public void trainCritic(int steps) {
                log.add("critic " + steps);
            }
        };
        LessonPlayer p = new LessonPlayer(lesson, f -> null);
        p.enter(0, target, 0);
        for (int it = 0; it <= 30; it++) p.atIteration(it, target);
        assertEquals(List.of("start gp", "apply clip", "pause"), log);
        log.clear();
        p.enter(1, target, 30);
        assertEquals(30, p.begin());
        p.atIteration(30, target);
        p.atIteration(36, target);
        assertEquals(List.of("critic 10", "pause"), log);
        log.clear();
        p.enter(1, target, 36);
        assertEquals(List.of("start gp"), log, "going back into a continuing step starts its run again");
    }
}
