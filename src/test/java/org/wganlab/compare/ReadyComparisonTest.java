package org.wganlab.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wganlab.config.Method;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SpecException;

/** The ready comparisons are data: a side's change is checked when the file is read. */
class ReadyComparisonTest {
    private static final String HEAD = "{\"format\": \"wgan-lab-comparisons\", \"version\": 1, \"comparisons\": [";

    @Test
    void theShippedComparisonsReadAndEachSideChangesWhatItSays() {
        ReadyComparison first = ReadyComparison.all().get(0);
        Comparison c = first.on(RunSpec.defaults());
        assertEquals(Method.GP, c.spec(Side.A).method());
        assertEquals(Method.CLIP, c.spec(Side.B).method());
        assertTrue(ReadyComparison.all().size() >= 5);
    }

    @Test
    void aBadSideIsRefusedWithItsComparisonAndReason() {
        SpecException e = assertThrows(SpecException.class,
                () -> ReadyComparison.parse(HEAD + "{\"name\": \"x\", \"a\": \"mode=gp\", \"b\": \"mdoe=clip\", \"watch\": \"w\"}]}"));
        assertTrue(e.getMessage().startsWith("comparison 1 (\"x\"), mdoe=clip: "), e.getMessage());
        SpecException missing = assertThrows(SpecException.class, () -> ReadyComparison.parse(HEAD + "{\"name\": \"x\", \"a\": \"mode=gp\"}]}"));
        assertTrue(missing.getMessage().contains("\"watch\""), missing.getMessage());
    }
}
