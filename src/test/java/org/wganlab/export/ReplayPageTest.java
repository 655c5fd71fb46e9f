package org.wganlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wganlab.config.Method;
import org.wganlab.config.RunSpec;
import org.wganlab.figures.PlaneOptions;
import org.wganlab.train.Snapshot;
import org.wganlab.train.Trainer;

/** A replay's pictures draw what its step asks the plane to show, as the handout's and the window's do. */
class ReplayPageTest {
    private static String frame(Snapshot s, PlaneOptions overlays) {
        ReplayPage p = new ReplayPage("t");
        p.beginSegment("Step 1", "The interpolates lie between real and generated points.", overlays);
        p.add(s);
        p.endSegment(s);
        Matcher m = Pattern.compile("\"image\": *\"(data:image/jpeg;base64,[^\"]+)\"").matcher(p.html());
        if (!m.find()) throw new AssertionError("no frame in the page");
        return m.group(1);
    }

    @Test
    void aSegmentsFramesDrawItsOverlays() {
        Trainer t = new Trainer(RunSpec.defaults().withHidden(16).withBatch(32).withThreads(1).withMethod(Method.GP));
        for (int i = 0; i < 3; i++) t.generatorIteration();
        Snapshot s = t.snapshot(List.of());
        String plain = frame(s, PlaneOptions.DEFAULT), withInterpolates = frame(s, PlaneOptions.DEFAULT.withInterpolates(true));
        assertNotEquals(plain, withInterpolates, "the step's interpolates are in its picture");
        assertEquals(withInterpolates, frame(s, PlaneOptions.DEFAULT.withInterpolates(true)), "the same picture every time");
        assertEquals(plain, frame(s, PlaneOptions.DEFAULT.withEditing(true)), "a mixture's editing handles are the window's, never a replay's");
    }
}
