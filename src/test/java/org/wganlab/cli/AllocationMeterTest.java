package org.wganlab.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AllocationMeterTest {
    @Test
    void countsWhatThisThreadAllocates() {
        AllocationMeter m = new AllocationMeter();
        assertTrue(m.supported(), "HotSpot counts allocation per thread");
        long before = m.allocatedBytes();
        float[][] kept = new float[64][];
        for (int i = 0; i < kept.length; i++) kept[i] = new float[16 * 1024];
        long grown = m.allocatedBytes() - before;
        assertTrue(grown >= 64L * 16 * 1024 * 4, "allocated at least the 4 MB just made: " + grown + " " + kept.length);
    }

    @Test
    void aSlowPathIsWhatNoWarmStepAllocates() {
        // Measured warm: 120-240 KB per iteration of 5 critic steps and a generator step (1 to 6 layers).
        assertFalse(AllocationMeter.slowPath(240 * 1024, 5));
        assertFalse(AllocationMeter.slowPath(5L * 1024 * 1024, 5), "under 1 MB a step");
        // Measured with one gather left boxed at width 128: 9.2 MB per iteration.
        assertTrue(AllocationMeter.slowPath(9_400_000, 5));
        assertTrue(AllocationMeter.slowPath(3L * 1024 * 1024, 1), "1 MB a step is the bound, whatever the critic steps");
    }
}
