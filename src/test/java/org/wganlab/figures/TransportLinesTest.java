package org.wganlab.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.wganlab.config.RunSpec;
import org.wganlab.metrics.TransportPlan;
import org.wganlab.train.EvalSchedule;
import org.wganlab.train.RunDriver;
import org.wganlab.train.Snapshot;

class TransportLinesTest {
    @Test
    void atMostThreeHundredLinesSpreadOverThePlanLongestLast() {
        RunSpec spec = RunSpec.defaults().withHidden(16).withBatch(32).withThreads(1).withEval(RunSpec.defaults().eval().withSamples(1000));
        try (RunDriver d = new RunDriver(spec, 0, EvalSchedule.every(0))) {
            d.iteration();
            d.evaluateNow();
            TransportPlan p = d.latestPlan();
            assertEquals(1000, p.size());
            Integer[] idx = TransportLines.chosen(p);
            assertTrue(idx.length <= TransportLines.MAX_LINES && idx.length >= 250, "legible: " + idx.length);
            for (int k = 1; k < idx.length; k++) assertTrue(p.distance()[idx[k - 1]] <= p.distance()[idx[k]], "longest drawn on top");

            Snapshot s = d.snapshot();
            assertTrue(s.plan() == p, "the snapshot carries the latest plan");
            PlaneFigure plane = new PlaneFigure();
            plane.update(s);
            BufferedImage without = ViewsTest.draw(plane, 400, 360);
            plane.setOptions(plane.options().withTransport(true));
            BufferedImage with = ViewsTest.draw(plane, 400, 360);
            int changed = 0;
            for (int y = 0; y < 360; y += 2) for (int x = 0; x < 400; x += 2) if (without.getRGB(x, y) != with.getRGB(x, y)) changed++;
            assertTrue(changed > 200, "the lines are drawn: " + changed + " pixels changed");
            d.reset();
            assertFalse(d.snapshot().plan() != null, "a new run has no plan of the old one");
        }
    }
}
