package org.wganlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wganlab.config.RunSpec;

/** The timeline keeps the run's story within its memory budget, the latest stretch the finest. */
class TimelineTest {
    private static RunSpec small() {
        return Presets.defaultSpec().withHidden(8).withBatch(16).withCriticIters(1).withThreads(1);
    }

    /** A trainer's moments at every iteration up to n, offered to the timeline. */
    private static Timeline filled(long budget, int n) {
        Timeline t = new Timeline(budget);
        Trainer tr = new Trainer(small(), 1);
        t.add(tr.snapshot(List.of(), null), new RunState(tr.state(), List.of()), 0);
        for (int i = 0; i < n; i++) {
            tr.generatorIteration();
            t.add(tr.snapshot(List.of(), null), new RunState(tr.state(), List.of()), 0);
        }
        return t;
    }

    @Test
    void pastTheBudgetOlderStretchesAreThinnedAndTheEndsKept() {
        Timeline unbounded = filled(Long.MAX_VALUE, 400);
        long late = unbounded.get(400).bytes();
        long budget = 40 * late;
        Timeline t = filled(budget, 400);
        List<Timeline.Moment> m = t.moments();
        assertTrue(t.bytes() <= budget, t.bytes() + " bytes within " + budget);
        assertTrue(m.size() >= 40 && m.size() <= 80, "about as many moments as the budget holds (the early ones hold shorter curves): " + m.size());
        assertEquals(0, m.get(0).iteration(), "the run's start stays");
        assertEquals(400, m.get(m.size() - 1).iteration(), "the latest stays");
        int recentGap = m.get(m.size() - 1).iteration() - m.get(m.size() - 2).iteration();
        int oldGap = m.get(2).iteration() - m.get(1).iteration();
        assertTrue(oldGap > 4 * recentGap, "older moments further apart (" + oldGap + ") than the latest (" + recentGap + ")");
        for (int i = 1; i < m.size(); i++) assertTrue(m.get(i).iteration() > m.get(i - 1).iteration(), "in order");
    }

    @Test
    void withinTheBudgetEveryMomentStays() {
        Timeline t = filled(Long.MAX_VALUE, 30);
        assertEquals(31, t.size());
        for (int i = 0; i < 31; i++) assertEquals(i, t.get(i).iteration());
        assertEquals(17, t.nearest(17).iteration());
    }

    @Test
    void continuingDropsTheFutureAndANewRunStartsAfresh() {
        Timeline t = filled(Long.MAX_VALUE, 20);
        long v = t.version();
        t.dropAfter(12);
        assertEquals(13, t.size());
        assertEquals(12, t.get(12).iteration());
        assertTrue(t.version() > v);
        t.clear();
        assertEquals(0, t.size());
        assertEquals(0, t.bytes());
    }

    @Test
    void aMomentAtTheSameIterationReplacesTheLastAndAnEarlierOneIsRefused() {
        Timeline t = new Timeline(Long.MAX_VALUE);
        Trainer tr = new Trainer(small(), 1);
        tr.generatorIteration();
        t.add(tr.snapshot(List.of(), null), new RunState(tr.state(), List.of()), 0);
        t.add(tr.snapshot(List.of(), null), new RunState(tr.state(), List.of()), 0);
        assertEquals(1, t.size());
        Trainer fresh = new Trainer(small(), 1);
        assertThrows(IllegalArgumentException.class, () -> t.add(fresh.snapshot(List.of(), null), new RunState(fresh.state(), List.of()), 0));
    }
}
