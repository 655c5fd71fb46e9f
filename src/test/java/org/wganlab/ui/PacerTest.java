package org.wganlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PacerTest {
    private static final long MS = 1_000_000L;

    @Test
    void cheapWorkRunsAtTheMinimumIntervalCostlyWorkWithinItsShare() {
        Pacer p = new Pacer(100 * MS, 0.25);
        assertTrue(p.due(0), "the first run is never held");
        p.ran(0, 5 * MS); // cheap: the minimum interval rules
        assertFalse(p.due(99 * MS));
        assertTrue(p.due(100 * MS));
        p.ran(1000 * MS, 50 * MS); // 50 ms at a quarter of a core: every 200 ms
        assertEquals(150 * MS, p.waitNanos(1050 * MS));
        assertFalse(p.due(1199 * MS));
        assertTrue(p.due(1200 * MS));
    }

    @Test
    void costPaidElsewhereCountsToo() {
        Pacer p = new Pacer(0, 0.2);
        p.ran(0, 10 * MS);
        p.addCost(30 * MS); // the grid's drawing on the FX thread
        assertEquals(200 * MS, p.waitNanos(0), "40 ms at a fifth of a core");
        p.addCost(-5); // nothing negative is added
        assertEquals(200 * MS, p.waitNanos(0));
    }

    @Test
    void refusesASharePastOneCoreOrNone() {
        assertThrows(IllegalArgumentException.class, () -> new Pacer(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Pacer(0, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new Pacer(-1, 0.5));
    }
}
