package org.wganlab.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wganlab.config.RunSpec;
import org.wganlab.train.EvalResult;
import org.wganlab.train.EvalSchedule;
import org.wganlab.train.Presets;
import org.wganlab.train.RunDriver;

/**
 * What a ready comparison's text tells the class to watch is what the two runs show, on the
 * window's default setup, as the window runs it.
 */
class ComparisonWatchTextTest {
    private static final int ITERATIONS = 3000, LAST = 300;

    @Test
    void lambdaTenHoldsTheNormsNearerOneAndTheToysLambdaFindsEveryMode() {
        ReadyComparison lambdas = ReadyComparison.all().stream().filter(c -> c.name().startsWith("λ = 0.1 vs. λ = 10")).findFirst().orElseThrow();
        assertTrue(lambdas.watch().contains("near 1") && lambdas.watch().contains("all 8 modes"), "the test checks the text it was written for: " + lambdas.watch());
        Comparison c = lambdas.on(Presets.defaultSpec());
        Map<Side, EvalResult> end = new EnumMap<>(Side.class);
        Map<Side, Double> norm = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            RunSpec spec = c.spec(side).withThreads(1);
            try (RunDriver d = new RunDriver(spec, 0, EvalSchedule.every(0))) {
                double sum = 0;
                for (int i = 0; i < ITERATIONS; i++) {
                    double n = d.iteration().gradNormInterpMean();
                    if (i >= ITERATIONS - LAST) sum += n;
                }
                norm.put(side, sum / LAST);
                end.put(side, d.evaluateNow());
            }
        }
        String both = "A " + end.get(Side.A) + " norm " + norm.get(Side.A) + "; B " + end.get(Side.B) + " norm " + norm.get(Side.B);
        assertEquals(8, end.get(Side.A).modesCovered(), "λ = 0.1: all 8 modes; " + both);
        assertTrue(end.get(Side.B).modesCovered() <= 5, "λ = 10: few of the modes; " + both);
        assertTrue(Math.abs(norm.get(Side.B) - 1) < Math.abs(norm.get(Side.A) - 1), "λ = 10 nearer 1; " + both);
        assertTrue(norm.get(Side.A) > 1.1, "λ = 0.1 drifts above 1; " + both);
    }
}
