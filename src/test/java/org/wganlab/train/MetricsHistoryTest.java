package org.wganlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricsHistoryTest {
    private static StepMetrics row(int it) {
        return new StepMetrics(it, -it, 0, it * 2.0, 0, 0, 0, 0, 0, new double[0], 0, 0);
    }

    @Test
    void staysBoundedAndKeepsTheWholeSpan() {
        MetricsHistory h = new MetricsHistory(100);
        for (int i = 0; i < 100_000; i++) h.add(row(i));
        MetricsHistory.View v = h.view();
        assertTrue(v.size() <= 100 && v.size() >= 50, "size " + v.size());
        assertEquals(0, v.iterations()[0]);
        assertTrue(v.iterations()[v.size() - 1] > 90_000);
        for (int i = 0; i < v.size(); i++) assertEquals(v.iterations()[i] * 2, v.series(MetricsHistory.Series.W_ESTIMATE)[i]);
        for (int i = 1; i < v.size(); i++) assertTrue(v.iterations()[i] > v.iterations()[i - 1]);
    }
}
