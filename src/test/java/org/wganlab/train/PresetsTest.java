package org.wganlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wganlab.config.Method;
import org.wganlab.config.OptimizerKind;
import org.wganlab.config.SpecException;

/** The presets are data: read by the strict reader, each settings over its base, a bad file refused with where. */
class PresetsTest {
    private static final String HEAD = "{\"format\": \"wgan-lab-presets\", \"version\": 1, \"default\": {\"mode\": \"gp\", \"hidden\": 64},"
            + " \"story_base\": {\"critic_iters\": 5}, \"presets\": [";

    @Test
    void eachPresetIsItsSettingsOverItsBase() {
        Presets.Contents c = Presets.parse(HEAD + "{\"name\": \"a\", \"story\": \"s\", \"from\": \"default\"},"
                + " {\"name\": \"b\", \"story\": \"t\", \"settings\": {\"mode\": \"clip\", \"clip\": 0.05}, \"switches\": [\"10:mode=gp\"]}]}");
        assertEquals(2, c.presets().size());
        assertEquals(c.defaultSpec(), c.presets().get(0).spec());
        assertEquals(64, c.defaultSpec().hidden());
        var b = c.presets().get(1).spec();
        assertEquals(5, b.criticIters(), "from the story base by default");
        assertEquals(Method.CLIP, b.method());
        assertEquals(0.05, b.clip());
        assertEquals(OptimizerKind.RMSPROP, b.optimizerKind(), "a new mode brings its own optimizer");
        assertEquals(10, c.presets().get(1).switches().get(0).at());
    }

    @Test
    void aBadPresetIsRefusedWithItsNumberNameAndReason() {
        SpecException unknown = assertThrows(SpecException.class, () -> Presets.parse(HEAD + "{\"name\": \"a\", \"story\": \"s\", \"settings\": {\"lamda\": 1}}]}"));
        assertTrue(unknown.getMessage().contains("lamda"), unknown.getMessage());
        SpecException range = assertThrows(SpecException.class, () -> Presets.parse(HEAD + "{\"name\": \"a\", \"story\": \"s\"}, {\"name\": \"b\", \"story\": \"s\", \"settings\": {\"lambda\": -1}}]}"));
        assertTrue(range.getMessage().startsWith("preset 2 (\"b\")"), range.getMessage());
        SpecException twice = assertThrows(SpecException.class, () -> Presets.parse(HEAD + "{\"name\": \"a\", \"story\": \"s\"}, {\"name\": \"a\", \"story\": \"s\"}]}"));
        assertTrue(twice.getMessage().contains("name of an earlier one"), twice.getMessage());
        SpecException from = assertThrows(SpecException.class, () -> Presets.parse(HEAD + "{\"name\": \"a\", \"story\": \"s\", \"from\": \"paper\"}]}"));
        assertTrue(from.getMessage().contains("\"from\""), from.getMessage());
        SpecException sw = assertThrows(SpecException.class, () -> Presets.parse(HEAD + "{\"name\": \"a\", \"story\": \"s\", \"switches\": [\"10:hidden=8\"]}]}"));
        assertTrue(sw.getMessage().contains("new run"), sw.getMessage());
    }

    @Test
    void theShippedFileReadsAndHoldsTheTrainedSession() {
        assertTrue(Presets.all().size() > 10);
        assertNotNull(Presets.class.getResource(Presets.TRAINED_FIGURE_1A), "the trained preset's session ships with the app");
        assertEquals(Presets.defaultSpec(), Presets.all().get(0).spec());
    }
}
