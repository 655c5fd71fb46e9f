package org.wganlab.lesson;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.config.SpecException;

/** A lesson's formulas: refused with their place when malformed, typeset between the words in its handout. */
class LessonMathTest {
    @Test
    void aLessonFileRefusesAMalformedFormulaWithItsLineAndColumn() {
        String text = "{\"format\": \"wgan-lab-lesson\", \"version\": 1, \"title\": \"T\", \"steps\": [\n"
                + " {\"title\": \"A\", \"start\": {\"settings\": {\"mode\": \"gp\"}}, \"iterations\": 10,\n"
                + "  \"text\": \"the penalty $\\\\lamda (\\\\|\\\\nabla D\\\\| - 1)$\"}]}";
        String m = assertThrows(SpecException.class, () -> LessonJson.read(text, "l.json")).getMessage();
        assertTrue(m.contains("line 3") && m.contains("column") && m.contains("\"text\"") && m.contains("character 13"), m);
        String watch = assertThrows(SpecException.class, () -> LessonJson.read(text.replace("$\\\\lamda", "\\\\lamda").replace("1)$", "1)").replace("\"text\"", "\"point_at\": \"$x\", \"text\""), "l.json")).getMessage();
        assertTrue(watch.contains("\"point_at\"") && watch.contains("no closing $"), watch);
    }

    @Test
    void aHandoutTypesetsItsFormulasBetweenTheWords(@TempDir Path dir) throws Exception {
        String lesson = """
                {"format": "wgan-lab-lesson", "version": 1, "title": "Formulas", "steps": [
                 {"title": "The penalty", "text": "The critic's loss: $$L = E[D(\\\\tilde x)] - E[D(x)] + \\\\lambda E[(\\\\|\\\\nabla D(\\\\hat x)\\\\|_2 - 1)^2]$$ where $\\\\lambda = 10$ in the paper.",
                  "start": {"settings": {"mode": "gp", "hidden": 16, "batch": 64, "critic_iters": 1, "eval_samples": 40, "threads": 1}},
                  "iterations": 2, "charts": ["wasserstein"], "point_at": "the norms near $\\\\|\\\\nabla D\\\\|_2 = 1$."}]}
                """;
        Handout.Result r = Handout.write(LessonJson.read(lesson, "formulas"), dir, (step, done, of) -> { });
        String text = HandoutTest.pdfText(r.pdf());
        assertTrue(text.contains("The critic's loss:") && text.contains("where") && text.contains("in the paper."), "the words stay PDF text: " + text);
        assertFalse(text.contains("\\lambda") || text.contains("$"), "no formula appears as its source: " + text);
        assertTrue(text.contains("Watch: the norms near"), text);
    }
}
