package org.wganlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.train.EvalResult;
import org.wganlab.train.MetricsHistory.Series;
import org.wganlab.train.Snapshot;

/** The claims read what the run measured: each value recomputed here from the snapshot by hand. */
class ClaimReaderTest {
    static final String TINY = """
            {"format": "wgan-lab-lesson", "version": 1, "title": "Tiny", "steps": [
             {"title": "A", "text": "x", "start": {"settings": {"mode": "gp", "hidden": 16, "batch": 64, "critic_iters": 2, "eval_samples": 60, "threads": 1, "seed": 2}},
              "iterations": 240, "expect": ["W1 <= 100", "estimate / W1 >= -100 over the last 50%"]},
             {"title": "B", "text": "y", "start": {"continue": true}, "iterations": 120, "expect": ["W1 >= 0"]}
            ]}
            """;

    @Test
    void eachQuantityIsWhatTheSnapshotSays() throws Exception {
        Lesson lesson = LessonJson.read(TINY, "tiny");
        List<HeadlessLesson.StepOutcome> outcomes = HeadlessLesson.run(lesson, (s, d, o) -> { }, o -> { });
        HeadlessLesson.StepOutcome first = outcomes.get(0), second = outcomes.get(1);
        Snapshot s = first.snapshot();
        assertEquals(240, s.iteration());
        assertEquals(s.lastEval().w1(), first.claims().get(0).value(), 1e-12, "at the end: the last evaluation");
        assertEquals(s.lastEval().iteration(), 240, "the step ends with an evaluation");

        // Over the last 50%: the mean estimate of iterations (120, 240] over the mean W1 of the evaluations there.
        double[] it = s.history().iterations(), est = s.history().series(Series.W_ESTIMATE);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < it.length; i++) if (it[i] > 120 && it[i] <= 240) { sum += est[i]; n++; }
        double w = 0;
        int m = 0;
        for (EvalResult e : s.evals()) if (e.iteration() > 120 && e.iteration() <= 240) { w += e.w1(); m++; }
        assertTrue(n > 0 && m > 0);
        assertEquals((sum / n) / (w / m), first.claims().get(1).value(), 1e-9);

        // A step that continues is read on its own iterations: its start is the first step's end.
        assertEquals(240, second.run().begin());
        StepRun run = second.run();
        double fall = ClaimReader.read(Claim.parse("W1 falls by 1%"), run).value();
        double w0 = s.lastEval().w1(), w1 = second.snapshot().lastEval().w1();
        assertEquals(100 * (w1 - w0) / w0, fall, 1e-9, "a change: from the evaluation at the step's start to the latest");

        double median = ClaimReader.read(Claim.parse("median ||grad C(x_hat)|| >= 0"), run).value();
        float[] g = second.snapshot().norms().atInterpolates().clone();
        Arrays.sort(g);
        double expected = g.length % 2 == 1 ? g[g.length / 2] : (g[g.length / 2 - 1] + g[g.length / 2]) / 2.0;
        assertEquals(expected, median, 1e-6, "a statistic at the end reads the last batch's norms");

        double[] layers = second.snapshot().norms().perLayer();
        assertEquals(layers[0] / layers[layers.length - 1], ClaimReader.read(Claim.parse("layer 1 / layer last gradient norm >= 0"), run).value(), 1e-12);
        assertTrue(Double.isNaN(ClaimReader.read(Claim.parse("layer 9 gradient norm >= 0"), run).value()), "no such layer: not measured, so it does not hold");
        assertFalse(ClaimReader.read(Claim.parse("layer 9 gradient norm >= 0"), run).holds());
        assertTrue(Double.isNaN(ClaimReader.read(Claim.parse("JS estimate >= 0"), run).value()), "a WGAN has no JS estimate");
        double arrows = ClaimReader.read(Claim.parse("arrow length >= 0"), run).value();
        float[] d = second.snapshot().samples().fakeGrad().data;
        double a = 0;
        for (int i = 0; i < d.length / 2; i++) a += Math.hypot(d[2 * i], d[2 * i + 1]);
        assertEquals(a / (d.length / 2), arrows, 1e-9);
    }

    @Test
    void nothingIsReadBeforeTheStepHasMeasuredIt() throws Exception {
        Lesson lesson = LessonJson.read(TINY, "tiny");
        List<ClaimResult> before = new ArrayList<>();
        HeadlessLesson.run(lesson, (s, d, o) -> { }, o -> {
            if (o.index() == 0) {
                StepRun early = new StepRun(o.snapshot().iteration(), 10, o.run().atStart(), o.run().atStart());
                before.addAll(ClaimReader.readAll(List.of(Claim.parse("estimate >= -1000")), early));
            }
        });
        assertTrue(Double.isNaN(before.get(0).value()));
        assertEquals("not measured yet", before.get(0).valueText());
        assertFalse(before.get(0).holds());
    }
}
