package org.wganlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The probe times every candidate of each stage, picks among them and leaves the kernel's tuning alone. */
class KernelProbeTest {
    @Test
    void timesEveryCandidateAndChoosesOneOfThemWithoutChangingTheTuningInUse() {
        assumeTrue(Products.standard().floatsPerVector() > 1, "the plain-Java kernel has nothing to probe");
        KernelTuning before = Products.standard().tuning();
        KernelProbe.Result r = new KernelProbe(Products.standard(), 1, 1_000_000L).run();
        assertEquals(before, Products.standard().tuning(), "the probe runs candidates beside the tuning in use, never through it");
        assertEquals(BlockShape.candidates(Products.standard().floatsPerVector()).size(), r.shapes().size());
        assertEquals(KernelProbe.K_STRETCHES.length, r.stretches().size());
        assertEquals(KernelProbe.PANELS.length, r.panels().size());
        for (List<KernelProbe.Timing> stage : List.of(r.shapes(), r.stretches(), r.panels())) {
            for (KernelProbe.Timing t : stage) assertTrue(t.wideGflops() > 0 && t.narrowGflops() > 0, t.toString());
        }
        assertTrue(r.panels().stream().anyMatch(t -> t.tuning().equals(r.chosen())), "the choice is the last stage's: " + r.chosen());
        // Each stage starts from the previous one's choice.
        KernelTuning shape = r.stretches().get(0).tuning(), stretch = r.panels().get(0).tuning();
        assertEquals(KernelProbe.chooseBlocks(r.shapes(), KernelTuning.defaultFor(Products.standard().floatsPerVector())), shape.withKStretch(512));
        assertEquals(shape.shape(), stretch.shape());
        assertEquals(shape.packedShape(), stretch.packedShape());
    }

    @Test
    void aCancelledProbeGivesNothingAndStopsAtTheNextSlice() {
        assumeTrue(Products.standard().floatsPerVector() > 1, "the plain-Java kernel has nothing to probe");
        AtomicInteger asked = new AtomicInteger();
        long t0 = System.nanoTime();
        var r = new KernelProbe(Products.standard(), 7, 20_000_000L).run(() -> asked.incrementAndGet() > 3);
        assertTrue(r.isEmpty());
        assertEquals(4, asked.get(), "asked before each slice, and stopped at the first yes");
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "stopped within a few slices, not after the whole probe");
    }

    @Test
    void theDefaultIsKeptUnlessACandidateIsClearlyFaster() {
        KernelTuning keep = new KernelTuning(BlockShape.R6X2, 512, 256 * 1024), other = keep.withShape(BlockShape.R8X2);
        var close = List.of(timing(keep, 60, 60), timing(other, 62, 62));
        assertEquals(keep, KernelProbe.pick(close, keep));
        var clear = List.of(timing(keep, 60, 60), timing(other, 66, 66));
        assertEquals(other, KernelProbe.pick(clear, keep));
        // Both layers count: a shape fast on one and slow on the other does not win.
        var lopsided = List.of(timing(keep, 60, 60), timing(other, 90, 40));
        assertEquals(keep, KernelProbe.pick(lopsided, keep));
    }

    /** The same rate in place and packed. */
    private static KernelProbe.Timing timing(KernelTuning t, double wide, double narrow) {
        return new KernelProbe.Timing(t, wide, narrow, wide, narrow);
    }

    @Test
    void eachKindOfProductTakesTheBlockFastestForIt() {
        KernelTuning start = new KernelTuning(BlockShape.R8X2, 512, 256 * 1024);
        var times = List.of(new KernelProbe.Timing(start, 100, 100, 100, 100), new KernelProbe.Timing(start.withShape(BlockShape.R4X4), 120, 110, 80, 80),
                new KernelProbe.Timing(start.withShape(BlockShape.R8X3), 104, 104, 96, 112));
        assertEquals(new KernelTuning(BlockShape.R4X4, BlockShape.R8X2, 512, 256 * 1024), KernelProbe.chooseBlocks(times, start), "in place 4x4; packed: 8x3 is within the margin");
        var packedWins = List.of(new KernelProbe.Timing(start, 100, 100, 100, 100), new KernelProbe.Timing(start.withShape(BlockShape.R8X3), 100, 100, 120, 115));
        assertEquals(new KernelTuning(BlockShape.R8X2, BlockShape.R8X3, 512, 256 * 1024), KernelProbe.chooseBlocks(packedWins, start));
        // The layer's rate: two products in place to one packed, of equal work.
        assertEquals(3 / (2 / 120.0 + 1 / 80.0), times.get(1).wideGflops(), 1e-9);
    }
}
