package org.wganlab.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
