package org.wganlab.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.wganlab.config.Method;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SettingsChange;
import org.wganlab.config.SpecException;
import org.wganlab.nn.Linear;
import org.wganlab.train.EvalSchedule;
import org.wganlab.train.MetricsHistory.Series;
import org.wganlab.train.RunDriver;
import org.wganlab.train.ScheduledSwitch;
import org.wganlab.train.SessionState;
import org.wganlab.train.Snapshot;

class RunPairTest {
    private static final RunSpec SMALL = RunSpec.defaults().withHidden(16).withBatch(32).withThreads(1).withCriticIters(2);

    private static void waitFor(String what, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(5);
        }
    }

    private static boolean standsAt(RunPair p, Side side, int iteration) {
        SessionState st = p.state(side);
        return !st.playing() && st.snapshot().iteration() == iteration;
    }

    @Test
    void bothSidesKeepMomentsAtTheSameIterationsAndContinueFromOneAsTheyWentOn() throws Exception {
        Comparison c = new Comparison(SMALL, SettingsChange.parse("mode=gp"), SettingsChange.parse("mode=clip"), List.of());
        try (RunPair pair = new RunPair(c, 1)) {
            pair.play();
            waitFor("both sides past 30", () -> pair.state(Side.A).snapshot().iteration() >= 30 && pair.state(Side.B).snapshot().iteration() >= 30);
            pair.pause();
            waitFor("both paused", () -> !pair.state(Side.A).playing() && !pair.state(Side.B).playing());
            org.wganlab.train.Timeline.Moment a20 = pair.timeline(Side.A).nearest(20), b20 = pair.timeline(Side.B).nearest(20);
            assertEquals(20, a20.iteration(), "a moment at every stride");
            assertEquals(20, b20.iteration());
            pair.continueFrom(10);
            waitFor("both back at 10", () -> standsAt(pair, Side.A, 10) && standsAt(pair, Side.B, 10));
            pair.runTo(20);
            waitFor("both at 20 again", () -> standsAt(pair, Side.A, 20) && standsAt(pair, Side.B, 20));
            for (Side side : Side.values()) {
                List<Linear> was = (side == Side.A ? a20 : b20).snapshot().critic().layers(), now = pair.state(side).snapshot().critic().layers();
                for (int l = 0; l < was.size(); l++) assertArrayEquals(was.get(l).weight.value.data, now.get(l).weight.value.data, 0f, side + " layer " + l);
            }
            assertThrows(IllegalArgumentException.class, () -> pair.continueFrom(10_000), "no moment there on either side");
        }
    }

    @Test
    void eachSideIsTheRunItsSpecGivesAlone() throws Exception {
        Comparison c = new Comparison(SMALL, SettingsChange.parse("mode=gp,lambda=1"), SettingsChange.parse("mode=clip"),
                List.of(ScheduledSwitch.parse("10:critic_iters=3")));
        try (RunPair pair = new RunPair(c, 1)) {
            pair.runTo(25);
            waitFor("both sides at 25", () -> standsAt(pair, Side.A, 25) && standsAt(pair, Side.B, 25));
            for (Side side : Side.values()) {
                Snapshot shown = pair.state(side).snapshot();
                try (RunDriver alone = new RunDriver(c.spec(side), 1, EvalSchedule.every(0))) {
                    alone.schedule(c.switches());
                    for (int i = 0; i < 25; i++) alone.iteration();
                    Snapshot lone = alone.snapshot();
                    for (Series s : List.of(Series.CRITIC_LOSS, Series.GENERATOR_LOSS, Series.W_ESTIMATE, Series.GRAD_NORM_INTERP)) {
                        assertArrayEquals(lone.history().series(s), shown.history().series(s), 0.0, side + " " + s);
                    }
                    List<Linear> a = lone.critic().layers(), b = shown.critic().layers();
                    for (int l = 0; l < a.size(); l++) assertArrayEquals(a.get(l).weight.value.data, b.get(l).weight.value.data, 0f, side + " layer " + l);
                    assertEquals(3, shown.spec().criticIters(), "the scheduled switch landed");
                }
            }
            assertEquals(Method.GP, pair.state(Side.A).snapshot().spec().method());
            assertEquals(Method.CLIP, pair.state(Side.B).snapshot().spec().method());
        }
    }

    @Test
    void theSidesGoInStep() throws Exception {
        // B is four times the work of A: alone it would fall far behind.
        Comparison c = new Comparison(SMALL, SettingsChange.parse("hidden=16"), SettingsChange.parse("hidden=64,critic_iters=5"), List.of());
        try (RunPair pair = new RunPair(c, 1)) {
            pair.play();
            int maxGap = 0;
            long end = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < end) {
                int a = pair.state(Side.A).snapshot().iteration(), b = pair.state(Side.B).snapshot().iteration();
                maxGap = Math.max(maxGap, Math.abs(a - b));
                Thread.sleep(2);
            }
            pair.pause();
            int a = pair.state(Side.A).snapshot().iteration();
            assertTrue(a > 2 * RunPair.STRIDE, "the pair trained: " + a);
            // A state is read a moment after the other's: allow one stride and the one in flight.
            assertTrue(maxGap <= 2 * RunPair.STRIDE, "gap " + maxGap);
            pair.step();
            int next = Math.max(pair.state(Side.A).snapshot().iteration(), pair.state(Side.B).snapshot().iteration());
            waitFor("a step of both", () -> !pair.state(Side.A).playing() && !pair.state(Side.B).playing()
                    && pair.state(Side.A).snapshot().iteration() == pair.state(Side.B).snapshot().iteration());
            assertTrue(pair.state(Side.A).snapshot().iteration() >= next, "Step moves both to the same iteration");
        }
    }

    @Test
    void bothSidesShareSeedAndData() {
        RunSpec base = SMALL;
        assertRefused(() -> new Comparison(base, SettingsChange.parse("seed=2"), SettingsChange.parse("mode=clip"), List.of()), "same seed");
        assertRefused(() -> new Comparison(base, SettingsChange.parse("mode=gp"), SettingsChange.parse("dataset=swissroll"), List.of()), "same data");
        assertRefused(() -> new Comparison(base, SettingsChange.parse("mode=gp"), SettingsChange.parse("lambda=-1"), List.of()), "B (lambda=-1)");
        assertRefused(() -> new Comparison(base, SettingsChange.parse("mode=gp"), SettingsChange.parse("mode=clip"),
                List.of(ScheduledSwitch.parse("5:hidden=32"))), "switch");
    }

    private static void assertRefused(Runnable r, String says) {
        try {
            r.run();
        } catch (SpecException e) {
            assertTrue(e.getMessage().contains(says), e.getMessage());
            return;
        }
        throw new AssertionError("not refused: " + says);
    }
}
