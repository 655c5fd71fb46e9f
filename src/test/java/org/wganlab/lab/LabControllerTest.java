package org.wganlab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.config.Method;
import org.wganlab.config.NetworkSpec;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SpecException;
import org.wganlab.nn.Activation;
import org.wganlab.train.Presets;
import org.wganlab.train.ScheduledSwitch;
import org.wganlab.train.SessionState;

class LabControllerTest {
    private static RunSpec small() {
        return Presets.defaultSpec().withHidden(16).withBatch(32).withThreads(1).withEval(RunSpec.defaults().eval().withSamples(100));
    }

    private static void waitFor(String what, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(10);
        }
    }

    @Test
    void theTrainedPresetOpensItsShippedSessionTrained() throws Exception {
        Presets.Preset trained = Presets.all().stream().filter(p -> p.session() != null).findFirst().orElseThrow();
        try (LabController lab = new LabController(small(), 1)) {
            lab.start(trained);
            waitFor("the shipped session", () -> lab.state().snapshot().iteration() == 2000);
            var s = lab.state().snapshot();
            assertEquals(10.0, s.spec().lambda());
            assertTrue(s.spec().fixedGenerator());
            assertEquals(trained.spec().withIters(s.spec().iters()).network(), s.spec().network());
            assertTrue(s.history().size() > 100, "its curves came with it");
            assertTrue(s.last().wEstimate() > 0.5, "a trained critic's estimate, not a fresh one's: " + s.last().wEstimate());
            assertEquals(trained, lab.preset());
            assertEquals(Method.GP, lab.spec().method());
        }
    }

    @Test
    void aPresetsSwitchLandsAtItsIterationAndTheControlsFollow() throws Exception {
        Presets.Preset toggle = new Presets.Preset("toggle", "gp, then clip", small().withMethod(Method.GP), null,
                List.of(ScheduledSwitch.parse("6:mode=clip,clip=0.05")));
        try (LabController lab = new LabController(small(), 1)) {
            lab.start(toggle);
            lab.holdAt(10);
            lab.play();
            waitFor("iteration 10", () -> !lab.state().playing() && lab.state().snapshot().iteration() == 10);
            SessionState st = lab.state();
            assertEquals(Method.CLIP, st.snapshot().spec().method());
            assertEquals(6, st.snapshot().events().get(0).iteration(), "recorded at its iteration: " + st.snapshot().events());
            // The session owns the live spec: once the switch is in the published state, the controls read it.
            assertEquals(Method.CLIP, lab.spec().method());
            assertEquals(0.05, lab.spec().clip());
            // A change by hand now builds on the switched settings.
            lab.change(s -> s.withClip(0.02));
            assertEquals(Method.CLIP, lab.spec().method());
        }
        Presets.Preset shipped = Presets.all().stream().filter(p -> !p.switches().isEmpty()).findFirst().orElseThrow();
        assertEquals(Method.CLIP, shipped.switches().get(0).change().applyTo(shipped.spec()).method());
    }

    @Test
    void eachMethodKeepsItsOwnLearningRate() {
        try (LabController lab = new LabController(small(), 1)) {
            lab.setLearningRate(2e-3);
            assertEquals(5e-5, lab.selectMethod(Method.CLIP).lr(), "clip's own default");
            lab.setLearningRate(1e-4);
            assertEquals(2e-3, lab.selectMethod(Method.GP).lr(), "gp's rate came back");
            assertEquals(1e-4, lab.selectMethod(Method.CLIP).lr());
        }
    }

    @Test
    void aPresetOrResetStartsAFreshRunWithNoOldHistoryOrEvaluations() throws Exception {
        try (LabController lab = new LabController(small(), 1)) {
            lab.play();
            waitFor("training and an evaluation", () -> {
                SessionState s = lab.state();
                return s.snapshot().iteration() > 150 && !s.snapshot().evals().isEmpty();
            });
            Presets.Preset p = Presets.all().get(1);
            lab.start(p);
            assertEquals(p, lab.preset());
            waitFor("the new run", () -> lab.state().snapshot().spec().equals(p.spec()));
            SessionState s = lab.state();
            assertEquals(0, s.snapshot().iteration());
            assertEquals(0, s.snapshot().history().size(), "no curve of the old run");
            assertTrue(s.snapshot().evals().isEmpty(), "no evaluation of the old run");
            assertTrue(s.snapshot().events().isEmpty(), "no event of the old run");
            assertTrue(!s.playing(), "a new setup waits for Play");
        }
    }

    @Test
    void networksLargerThanTheWindowTrainsAreRefusedAndNothingChanges() {
        try (LabController lab = new LabController(small(), 1)) {
            RunSpec before = lab.spec();
            SpecException e = assertThrows(SpecException.class, () -> lab.proposeRebuild(new NetworkSpec(1024, 3, Activation.RELU), 0));
            assertTrue(e.getMessage().contains("command line"), e.getMessage());
            assertThrows(SpecException.class, () -> lab.proposeRebuild(before.network(), before.seed()), "nothing to rebuild");
            assertEquals(before, lab.spec());
            assertEquals(64, lab.proposeRebuild(new NetworkSpec(64, 2, Activation.TANH), 3).hidden());
        }
    }

    @Test
    void saveAndLoadRoundTripAndABadFileChangesNothing(@TempDir Path dir) throws Exception {
        try (LabController lab = new LabController(small(), 1)) {
            lab.change(s -> s.withLambda(3));
            Path f = dir.resolve("setup.json");
            lab.save(f);
            lab.change(s -> s.withLambda(7));
            assertEquals(3, lab.load(f).lambda());
            assertEquals(3, lab.spec().lambda());
            Path bad = dir.resolve("bad.json");
            Files.writeString(bad, "{\"hidden\": \"wide\"}");
            RunSpec before = lab.spec();
            SpecException e = assertThrows(SpecException.class, () -> lab.load(bad));
            assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("hidden"), e.getMessage());
            assertEquals(before, lab.spec());
        }
    }
}
