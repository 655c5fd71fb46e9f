package org.wganlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.wganlab.i18n.Words;
import org.wganlab.train.EvalResult;

class MessagesTest {
    private static EvalResult at(int iteration) {
        return new EvalResult(iteration, 1000, 0.12345, 8, 8, 0.7, 0.8, 0.5, 2.0);
    }

    @Test
    void anExactW1FromLongAgoSaysWhenItWasMeasured() {
        assertEquals("0.123", Messages.w1(at(1000), 1000, Words.english()));
        assertEquals("0.123", Messages.w1(at(1000), 1000 + Messages.STALE_EVAL_ITERATIONS, Words.english()), "a recent one stands alone");
        assertEquals("0.123 (at 1000)", Messages.w1(at(1000), 1001 + Messages.STALE_EVAL_ITERATIONS, Words.english()));
    }
}
