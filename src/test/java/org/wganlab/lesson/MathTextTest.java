package org.wganlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.config.SpecException;

class MathTextTest {
    @Test
    void inlineAndDisplayFormulasAreCutFromTheWords() {
        MathText m = MathText.parse("the game $\\min_G \\max_D V(D, G)$ and $$W = \\inf_\\gamma E\\|x - y\\|$$ costs \\$5");
        assertEquals(List.of(new MathText.Part(MathText.Kind.PLAIN, "the game "), new MathText.Part(MathText.Kind.INLINE, "\\min_G \\max_D V(D, G)"),
                new MathText.Part(MathText.Kind.PLAIN, " and "), new MathText.Part(MathText.Kind.DISPLAY, "W = \\inf_\\gamma E\\|x - y\\|"),
                new MathText.Part(MathText.Kind.PLAIN, " costs $5")), m.parts());
        assertTrue(m.hasMath());
        assertFalse(MathText.parse("no formulas, one \\$ sign").hasMath());
        assertEquals("no formulas, one $ sign", MathText.parse("no formulas, one \\$ sign").plain());
    }

    @Test
    void aMalformedFormulaIsRefusedWithWhereItStarts() {
        String unknown = assertThrows(IllegalArgumentException.class, () -> MathText.parse("ab $\\foo{x}$")).getMessage();
        assertTrue(unknown.contains("character 4") && unknown.contains("foo"), unknown);
        String open = assertThrows(IllegalArgumentException.class, () -> MathText.parse("x $$\\frac{a}{b}")).getMessage();
        assertTrue(open.contains("character 3") && open.contains("no closing $$"), open);
        String braces = assertThrows(IllegalArgumentException.class, () -> MathText.parse("$\\frac{a$")).getMessage();
        assertTrue(braces.contains("braces"), braces);
        assertThrows(IllegalArgumentException.class, () -> MathText.parse("an empty $ $ formula"));
    }

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
