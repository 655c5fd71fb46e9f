package org.wganlab.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.wganlab.i18n.Words;
import org.wganlab.config.Method;
import org.wganlab.config.RunSpec;
import org.wganlab.train.EvalResult;
import org.wganlab.train.EvalSchedule;
import org.wganlab.train.RunDriver;
import org.wganlab.train.Snapshot;

class LipschitzChartTest {
    private static Snapshot trained(Method m) {
        RunSpec spec = RunSpec.defaults().withMethod(m).withHidden(32).withBatch(128).withThreads(1).withFixedGenerator(true)
                .withEval(RunSpec.defaults().eval().withSamples(300));
        try (RunDriver d = new RunDriver(spec, 0, EvalSchedule.every(40))) {
            for (int i = 0; i < 200; i++) d.iteration();
            d.evaluateNow();
            return d.snapshot();
        }
    }

    @Test
    void underClippingTheEstimateDividedByKIsComparableToW1() {
        Snapshot s = trained(Method.CLIP);
        EvalResult last = s.evals().get(s.evals().size() - 1);
        assertTrue(last.lipschitz() < 0.1, "clipping holds K far below 1: " + last.lipschitz());
        double raw = s.last().wEstimate();
        assertTrue(raw < 0.05 * last.w1(), "the raw estimate is tiny: " + raw + " vs W1 " + last.w1());
        XYSeries overK = Charts.overK(s.history(), s.evals(), Words.english());
        double scaled = overK.getY(overK.getItemCount() - 1).doubleValue();
        assertTrue(scaled > 0.2 * last.w1() && scaled < 1.05 * last.w1(), "divided by K it is comparable to W1: " + scaled + " vs " + last.w1());
    }

    @Test
    void theChartPlotsKAtEachEvaluationAndTheWassersteinChartAddsTheScaledEstimateOnRequest() {
        Snapshot s = trained(Method.GP);
        LipschitzChart k = new LipschitzChart();
        k.update(s);
        XYDataset d = k.plot.getDataset();
        assertEquals(s.evals().size(), d.getItemCount(0));
        assertEquals(s.evals().get(0).lipschitz(), d.getYValue(0, 0), 0.0);
        assertTrue(k.plot.getRangeAxis().getUpperBound() >= 1.15, "the line at 1 is always in view");
        PlaneFigure plane = new PlaneFigure();
        Charts.Wasserstein w = new Charts.Wasserstein(plane);
        w.update(s);
        assertEquals(2, w.plot.getDataset().getSeriesCount());
        plane.setOptions(plane.options().withEstimateOverK(true));
        w.update(s);
        assertEquals(3, w.plot.getDataset().getSeriesCount());
    }
}
