package org.wganlab.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.wganlab.train.Presets;
import org.wganlab.train.Snapshot;
import org.wganlab.train.Trainer;

/** A figure says when its picture changes, so no caller marks it stale by hand. */
class FigureChangeTest {
    private static Snapshot snapshot() {
        Trainer t = new Trainer(Presets.defaultSpec().withHidden(8).withBatch(16).withThreads(1), 1);
        t.generatorIteration();
        return t.snapshot(List.of());
    }

    @Test
    void settersOfThePlaneAndTheChartsFireTheirChange() {
        Snapshot s = snapshot();
        PlaneFigure plane = new PlaneFigure();
        AtomicInteger planeChanges = new AtomicInteger();
        plane.addChangeListener(planeChanges::incrementAndGet);
        plane.update(s);
        plane.setOptions(plane.options().withArrows(true));
        plane.setPresentation(true);
        assertEquals(3, planeChanges.get());

        LayerGradientsChart layers = new LayerGradientsChart();
        AtomicInteger layerChanges = new AtomicInteger();
        layers.addChangeListener(layerChanges::incrementAndGet);
        layers.setKept(List.of());
        assertEquals(0, layerChanges.get(), "nothing shown yet: nothing to redraw");
        layers.update(s);
        int afterUpdate = layerChanges.get();
        assertTrue(afterUpdate > 0, "an update fires once the datasets are filled");
        layers.setKept(List.of(new LayerProfile("c = 0.1", new double[] {1, 2, 3})));
        assertTrue(layerChanges.get() > afterUpdate, "the kept curves redraw the chart");

        Charts.Wasserstein w = new Charts.Wasserstein(plane);
        w.update(s);
        AtomicInteger wChanges = new AtomicInteger();
        w.addChangeListener(wChanges::incrementAndGet);
        plane.setOptions(plane.options().withEstimateOverK(true));
        assertTrue(wChanges.get() > 0, "the Wasserstein chart follows the plane's estimate ÷ K");
    }
}
