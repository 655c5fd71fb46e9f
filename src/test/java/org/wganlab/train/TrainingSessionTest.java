package org.wganlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.wganlab.config.Method;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SpecException;

/** The session is the one owner of the live spec: what was asked for, then what the run has. */
class TrainingSessionTest {
    private static RunSpec small() {
        return Presets.defaultSpec().withHidden(16).withBatch(32).withThreads(1).withEval(RunSpec.defaults().eval().withSamples(64).withEvery(0));
    }

    private static void waitFor(String what, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(5);
        }
    }

    @Test
    void aChangeReadsAsAskedAtOnceThenAsTheRunHasIt() throws Exception {
        try (TrainingSession s = new TrainingSession(small(), 1)) {
            RunSpec next = s.change(x -> x.withLambda(3));
            assertEquals(3.0, next.lambda());
            assertEquals(3.0, s.spec().lambda(), "the spec reads as asked before the training thread has taken it");
            waitFor("the change taken", () -> s.state().requestsTaken() == 1);
            assertEquals(3.0, s.state().snapshot().spec().lambda());
            assertEquals(s.state().snapshot().spec(), s.spec());
        }
    }

    @Test
    void aBadValueIsRefusedAndNothingChanges() throws Exception {
        try (TrainingSession s = new TrainingSession(small(), 1)) {
            RunSpec before = s.spec();
            assertThrows(SpecException.class, () -> s.change(x -> x.withLambda(-1)));
            assertEquals(before, s.spec());
            Thread.sleep(50);
            assertEquals(0, s.state().requestsTaken(), "nothing was posted");
        }
    }

    @Test
    void aScheduledSwitchShowsInTheSpecAndTheNextChangeBuildsOnIt() throws Exception {
        try (TrainingSession s = new TrainingSession(small(), 1)) {
            s.schedule(List.of(ScheduledSwitch.parse("3:mode=clip,clip=0.05")));
            s.holdAt(5);
            s.play();
            waitFor("iteration 5", () -> !s.state().playing() && s.state().snapshot().iteration() == 5);
            assertEquals(Method.CLIP, s.spec().method());
            RunSpec next = s.change(x -> x.withClip(0.02));
            assertEquals(Method.CLIP, next.method(), "built on the switched settings");
            waitFor("the change taken", () -> s.state().requestsTaken() == 1);
            assertEquals(0.02, s.spec().clip());
            assertTrue(s.state().snapshot().events().size() >= 2, "the switch and the change are both recorded: " + s.state().snapshot().events());
        }
    }
}
