package org.wganlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.config.Method;
import org.wganlab.paper.Figure1;

/**
 * What the class is told is what the run shows: every shipped lesson's claims hold at its
 * shipped seeds. CI runs the shipped seed only (the runs take a few minutes); the full check,
 * five seeds with four in five required, is {@code lesson --check --seeds 5} (see the README).
 */
class ShippedLessonsCheckTest {
    @Test
    void everyStepOfEveryShippedLessonMakesClaimsThatHold() throws Exception {
        List<String> failed = new ArrayList<>();
        for (String name : Lessons.SHIPPED) {
            Lesson l = Lessons.shipped(name);
            for (LessonStep s : l.steps()) assertFalse(s.expect().isEmpty(), name + ", \"" + s.title() + "\" makes no claim");
            LessonCheck.Report r = LessonCheck.run(l, 1, (seed, step, done, of) -> { });
            for (LessonCheck.Row row : r.rows()) if (!row.passes()) failed.add(name + " step " + row.step() + ": " + row.shipped().line());
            assertTrue(r.notes().isEmpty(), name + ": " + r.notes());
        }
        assertTrue(failed.isEmpty(), String.join("\n", failed));
    }

    @Test
    void lessonFoursFigure1bStepsTrainWhatTheFigureTrains() {
        Lesson four = Lessons.shipped("04-weight-clipping");
        List<Figure1.Run> runs = Figure1.depthRuns();
        List<LessonStep> steps = four.steps().subList(2, 6);
        for (int i = 0; i < 4; i++) {
            var spec = ((LessonStart.Settings) steps.get(i).start()).spec();
            assertEquals(runs.get(i).spec(), spec, steps.get(i).title());
            assertEquals(runs.get(i).iterations(), steps.get(i).iterations());
        }
        assertEquals(Method.GP, ((LessonStart.Settings) steps.get(3).start()).spec().method());
        for (int i = 0; i < 3; i++) assertFalse(steps.get(i).keepProfile().isEmpty(), "the clipped curves stay on the chart");
    }
}
