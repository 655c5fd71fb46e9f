package org.wganlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EvalScheduleTest {
    private static final long S = 1_000_000_000L;

    @Test
    void theWindowsEvaluationsTakeAtMostAnEighthOfACore() {
        EvalSchedule live = EvalSchedule.LIVE;
        assertFalse(live.due(150, 100, 10 * S, 0), "not before 100 iterations");
        assertTrue(live.due(200, 100, 2 * S, 100_000_000L), "a quick evaluation: every 2 s");
        assertFalse(live.due(200, 100, 1 * S, 0), "never sooner than 2 s");
        // A slow machine: one evaluation took half a second, so the next waits 4 s.
        assertFalse(live.due(200, 100, 3 * S, S / 2));
        assertTrue(live.due(200, 100, 4 * S, S / 2));
    }

    @Test
    void theCommandLinesAreExactlyEveryN() {
        EvalSchedule every = EvalSchedule.every(10);
        assertTrue(every.due(20, 10, 0, 60 * S), "however long the last one took");
        assertFalse(every.due(19, 10, 60 * S, 0));
        assertFalse(EvalSchedule.every(0).due(1000, 0, 60 * S, 0), "0: only at the end");
    }

    @Test
    void oneSlowEvaluationDoesNotHoldTheNextBackForAMinute() {
        EvalSchedule.Durations times = new EvalSchedule.Durations();
        assertEquals(0, times.pace(), "nothing known yet");
        times.took(8 * S); // the first: the JIT compiling the exact W1
        assertEquals(0, times.pace(), "one evaluation is not yet a pace");
        assertTrue(EvalSchedule.LIVE.due(200, 100, 2 * S, times.pace()), "the next comes 2 s later, not 64 s");
        times.took(S / 2);
        assertEquals(S / 2, times.pace());
        times.took(6 * S); // a busy moment
        assertEquals(S / 2, times.pace(), "the shorter of the last two");
        times.took(6 * S);
        assertEquals(6 * S, times.pace(), "two slow ones in a row: the machine is slow, and the evaluations come further apart");
        times.clear();
        assertEquals(0, times.pace());
    }
}
