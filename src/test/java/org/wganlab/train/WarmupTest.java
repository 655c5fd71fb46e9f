package org.wganlab.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.wganlab.config.RunSpec;
import org.wganlab.train.MetricsHistory.Series;

class WarmupTest {
    private static final RunSpec SMALL = RunSpec.defaults().withHidden(16).withBatch(32).withThreads(1).withCriticIters(2)
            .withEval(RunSpec.defaults().eval().withSamples(100));

    private static double[] losses(int iterations) {
        try (RunDriver d = new RunDriver(SMALL, 1, EvalSchedule.every(0))) {
            for (int i = 0; i < iterations; i++) d.iteration();
            return d.snapshot().history().series(Series.CRITIC_LOSS);
        }
    }

    @Test
    void aRunBesideTheWarmupIsTheRunWithout() throws Exception {
        double[] alone = losses(60);
        AtomicBoolean stop = new AtomicBoolean();
        Thread w = Warmup.start(SMALL, 1, stop::get, () -> { }, snapshot -> { });
        double[] beside = losses(60);
        stop.set(true);
        w.join(10_000);
        assertArrayEquals(alone, beside, 0.0);
    }

    @Test
    void itTrainsUntilToldAndStopsAtOnce() {
        int ran = Warmup.run(SMALL, 1, () -> false, 1_000_000_000L, snapshot -> { });
        assertTrue(ran > 50, "a second of warm-up trains: " + ran);
        assertEquals(0, Warmup.run(SMALL, 1, () -> true, 10_000_000_000L, snapshot -> { }), "stopped before the first step");
        long t0 = System.nanoTime();
        int[] calls = {0};
        Warmup.run(SMALL, 1, () -> ++calls[0] > 30, 10_000_000_000L, snapshot -> { });
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "stops at the first step after it is told");
    }

    @Test
    void eachEvaluationOfTheThrowawayRunIsHandedOnToBeDrawn() {
        List<Snapshot> drawn = new ArrayList<>();
        int ran = Warmup.run(SMALL, 1, () -> drawn.size() >= 3, 20_000_000_000L, drawn::add);
        assertEquals(3, drawn.size());
        assertEquals(150, ran, "stopped at the step after the third drawing");
        for (int i = 0; i < 3; i++) {
            assertEquals(50 * (i + 1), drawn.get(i).iteration());
            assertEquals(i + 1, drawn.get(i).evals().size(), "with the evaluations so far, as the window's charts get them");
            assertEquals(SMALL.seed() + 1, drawn.get(i).spec().seed(), "the throwaway run's, never the real one's");
        }
    }
}
