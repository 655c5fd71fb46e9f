package org.wganlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.config.Method;
import org.wganlab.config.OptimizerKind;
import org.wganlab.config.RunSpec;

class RunDriverTest {
    private static RunSpec small() {
        return RunSpec.defaults().withHidden(16).withBatch(32).withThreads(1).withIters(30).withEval(RunSpec.defaults().eval().withSamples(100));
    }

    @Test
    void evaluationsLandAtTheirIterationsAndTheFinalOneIsLast() {
        try (RunDriver d = new RunDriver(small(), 0, EvalSchedule.every(10))) {
            for (int i = 0; i < 30; i++) assertNotNull(d.iteration());
            EvalResult fin = d.evaluateNow();
            List<Integer> its = d.evaluations().stream().map(EvalResult::iteration).toList();
            assertEquals(List.of(10, 20, 30), its, "every 10, none queued at the end, then the final one");
            assertEquals(fin, d.evaluations().get(2));
            assertTrue(Double.isFinite(fin.w1()) && fin.w1() > 0);
        }
    }

    @Test
    void evaluationsThatFallBehindHoldTrainingBackInsteadOfPilingUp() {
        RunSpec slow = small().withEval(RunSpec.defaults().eval().withSamples(400));
        try (RunDriver d = new RunDriver(slow, 0, EvalSchedule.every(1))) {
            int most = 0;
            for (int i = 0; i < 12; i++) {
                d.iteration();
                most = Math.max(most, d.evaluationsPending());
            }
            assertTrue(most <= 1 + EvalSchedule.MAX_QUEUED, "at most the running one and " + EvalSchedule.MAX_QUEUED + " queued: " + most);
            d.awaitEvaluations();
            assertEquals(12, d.evaluations().size(), "every one taken, none dropped");
        }
    }

    @Test
    void theSameRunEvaluatesToTheSameNumbers() {
        try (RunDriver a = new RunDriver(small(), 0, EvalSchedule.every(10)); RunDriver b = new RunDriver(small(), 0, EvalSchedule.every(10))) {
            for (int i = 0; i < 20; i++) {
                a.iteration();
                b.iteration();
            }
            assertEquals(a.evaluateNow(), withoutTime(b.evaluateNow(), a.evaluations().get(2).seconds()));
        }
    }

    private static EvalResult withoutTime(EvalResult r, double seconds) {
        return new EvalResult(r.iteration(), r.samples(), r.w1(), r.modesCovered(), r.modesTotal(), r.hqFraction(), r.within01Fraction(), seconds, r.lipschitz());
    }

    @Test
    void aDivergenceStopsTheRunUntilResetAndANewRunHasNoOldEvaluations() {
        RunSpec wild = small().withMethod(Method.NONE);
        wild = wild.withOptimizer(wild.optimizer().withKind(OptimizerKind.SGD).withLr(10.0));
        try (RunDriver d = new RunDriver(wild, 0, EvalSchedule.every(1))) {
            StepMetrics m = d.iteration();
            for (int i = 0; i < 50 && m != null; i++) m = d.iteration();
            assertNull(m, "the run stopped");
            assertNotNull(d.divergence());
            assertEquals(new RunProblem.Diverged(d.divergence().iteration()), d.problem(), "the engine reports what happened; the window words it");
            assertNull(d.step(), "no more steps after a divergence");
            d.apply(small());
            d.reset();
            assertNull(d.divergence());
            d.awaitEvaluations();
            assertEquals(List.of(), d.evaluations(), "the old run's evaluations are gone");
            assertNotNull(d.iteration());
        }
    }

    @Test
    void liveChangesAreRecordedAsEventsInTheSnapshot() {
        try (RunDriver d = new RunDriver(small(), 0, EvalSchedule.every(0))) {
            d.iteration();
            d.apply(d.spec().withMethod(Method.CLIP));
            d.iteration();
            Snapshot s = d.snapshot();
            assertEquals(1, s.events().size());
            assertTrue(s.events().get(0).description().startsWith("method gp → clip"), s.events().get(0).description());
            assertEquals(Method.CLIP, s.spec().method());
        }
    }
}
