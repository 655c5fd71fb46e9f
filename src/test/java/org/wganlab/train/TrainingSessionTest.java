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

    private static float[] flat(List<org.wganlab.autodiff.Tensor> params) {
        int n = 0;
        for (var t : params) n += t.data.length;
        float[] out = new float[n];
        int o = 0;
        for (var t : params) {
            System.arraycopy(t.data, 0, out, o, t.data.length);
            o += t.data.length;
        }
        return out;
    }

    @Test
    void continuingFromAMomentIsExactlyTheRunThatFollowedAndASessionSavedThereResumed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        RunSpec spec = small().withMethod(Method.GP);
        List<ScheduledSwitch> switches = List.of(ScheduledSwitch.parse("90:mode=clip,clip=0.05"));
        try (TrainingSession s = new TrainingSession(spec, 1)) {
            s.schedule(switches);
            s.holdAt(120);
            s.play();
            waitFor("iteration 120", () -> !s.state().playing() && s.state().snapshot().iteration() == 120);
            RunState straight = s.capture().get();
            Timeline.Moment m = s.timeline().nearest(60);
            assertTrue(m.iteration() > 0 && m.iteration() < 90, "a moment before the switch: " + m.iteration());
            assertTrue(s.timeline().size() > 20, "the first iterations are all kept: " + s.timeline().size());

            // A session saved at that moment and resumed, with the same switches to come.
            java.nio.file.Path file = dir.resolve("moment.wgan");
            org.wganlab.session.SessionFile.write(file, m.state());
            RunState read = org.wganlab.session.SessionFile.read(file);
            float[] resumed;
            try (RunDriver d = new RunDriver(read, 1, EvalSchedule.every(0))) {
                d.schedule(switches);
                while (d.trainer().iteration() < 120) d.iteration();
                resumed = flat(d.trainer().critic().parameterValues());
            }

            s.continueFrom(m);
            waitFor("the run back at the moment", () -> s.state().snapshot().iteration() == m.iteration() && s.state().requestsTaken() >= 1);
            assertEquals(m.iteration(), s.timeline().moments().get(s.timeline().size() - 1).iteration(), "the abandoned future is dropped");
            s.holdAt(120);
            s.play();
            waitFor("iteration 120 again", () -> !s.state().playing() && s.state().snapshot().iteration() == 120);
            RunState again = s.capture().get();
            float[] a = flat(straight.trainer().critic().parameters()), b = flat(again.trainer().critic().parameters());
            org.junit.jupiter.api.Assertions.assertArrayEquals(a, b, "the critic at 120, bit for bit");
            org.junit.jupiter.api.Assertions.assertArrayEquals(a, resumed, "and as a session saved at the moment and resumed");
            assertEquals(Method.CLIP, again.trainer().spec().method(), "the switch still came");
            var h1 = straight.trainer().record().history();
            var h2 = again.trainer().record().history();
            org.junit.jupiter.api.Assertions.assertArrayEquals(h1.iterations(), h2.iterations());
            for (int k = 0; k < h1.values().length; k++) org.junit.jupiter.api.Assertions.assertArrayEquals(h1.values()[k], h2.values()[k], 0.0, "curve " + k);
        }
    }
}
