package org.wganlab.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RngTest {
    /** Rng is SplitMix64 written out: for a seed, the JDK's SplittableRandom gives the same draws, splits included. */
    @Test
    void drawsWhatSplittableRandomDraws() {
        SplittableRandom jdk = new SplittableRandom(20261202L);
        Rng rng = new Rng(20261202L);
        for (int k = 0; k < 20000; k++) {
            switch (k % 4) {
                case 0 -> assertEquals(jdk.nextDouble(), rng.uniform(), 0.0);
                case 1 -> assertEquals(jdk.nextGaussian(), rng.gaussian(), 0.0);
                case 2 -> assertEquals(jdk.nextInt(3 + k % 97), rng.nextInt(3 + k % 97));
                default -> {
                    if (k % 40 == 3) {
                        jdk = jdk.split();
                        rng = rng.split();
                    } else {
                        assertEquals(jdk.nextGaussian(), rng.gaussian(), 0.0);
                    }
                }
            }
        }
    }

    @Test
    void aRestoredStateReplaysTheSameDraws() {
        Rng a = new Rng(7);
        for (int i = 0; i < 101; i++) a.gaussian();
        Rng b = Rng.restore(a.state());
        for (int i = 0; i < 1000; i++) assertEquals(a.gaussian(), b.gaussian(), 0.0);
        assertEquals(a.split().uniform(), b.split().uniform(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> new Rng.State(1, 2));
    }
}
