package org.wganlab.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.notation.MathText;

/** A claim in the seeds' notation: what the panel and the handout typeset in place of the claim grammar's ASCII. */
class ClaimNotationTest {
    @Test
    void everyQuantitysNotationIsValidLatexAndCarriesNoAscii() {
        List<Quantity> all = new ArrayList<>();
        for (Quantity.Kind k : Quantity.Kind.values()) {
            if (k == Quantity.Kind.LAYER) all.add(new Quantity(k, 2, -1));
            else if (k == Quantity.Kind.LAYER_RATIO) all.add(new Quantity(k, 1, 0));
            else all.add(Quantity.of(k));
        }
        for (Quantity q : all) {
            MathText m = MathText.parse(q.notation()); // refuses a formula JLaTeXMath cannot parse
            assertFalse(m.plain().contains("||") || m.plain().contains("grad ") || m.plain().contains("x_hat"), q + ": " + q.notation());
        }
    }

    @Test
    void aClaimIsWrittenAsTheSeedsWriteIt() {
        assertEquals("median $\\|\\nabla C(\\hat{x})\\|$ within $0.15$ of $1$ over the last 20%",
                Claim.parse("median ||grad C(x_hat)|| within 0.15 of 1 over the last 20%").notation());
        assertEquals("estimate / $W_1$ $\\geq 0.6$ over the first 5%", Claim.parse("estimate / W1 >= 0.6 over the first 5%").notation());
        assertEquals("$\\|\\partial L_C / \\partial h_{1}\\| \\,/\\, \\|\\partial L_C / \\partial h_{\\mathrm{last}}\\|$ $\\geq 10$",
                Claim.parse("layer 1 / layer last gradient norm >= 10").notation());
        assertEquals("$W_1$ falls by 30%", Claim.parse("W1 falls by 30%").notation());
        assertEquals("modes covered $= 8$", Claim.parse("modes covered = 8 at the end").notation());
        // The claim as written stays what the lesson file says.
        assertEquals("W1 falls by 30%", Claim.parse("W1  falls by 30%").text());
    }

    @Test
    void aSmallBoundIsAPowerOfTen() {
        assertEquals("1.5 \\times 10^{-4}", Claim.tex(1.5e-4));
        assertEquals("0.25", Claim.tex(0.25));
        assertTrue(MathText.parse("$" + Claim.tex(-2e7) + "$").hasMath());
    }
}
