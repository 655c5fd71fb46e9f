package org.wganlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BreakdownTest {
    private final Products products = Products.standard();
    private final float[] a = new float[64 * 64], b = new float[64 * 64], c = new float[64 * 64];

    @AfterEach
    void stop() {
        Breakdown.stop();
        products.stopCounting();
    }

    @Test
    void aBreakdownTimesTheProductsOfTheThreadItWatchesOnly() throws InterruptedException {
        products.startCounting();
        products.stopCounting(); // counters at zero, counting off
        Breakdown.start();
        Thread other = new Thread(() -> {
            for (int i = 0; i < 200; i++) products.mult(a, b, c, 64, 64, 64);
        });
        other.start();
        other.join();
        assertEquals(0L, Breakdown.nanos().get(Breakdown.Phase.PRODUCTS), "another thread's products are not the watched thread's time");
        products.mult(a, b, c, 64, 64, 64);
        assertTrue(Breakdown.nanos().get(Breakdown.Phase.PRODUCTS) > 0, "the watched thread's product is timed");
        assertEquals(0L, products.countedFlops(), "the bench's own counters stay off");
        Breakdown.stop();
        long before = Breakdown.nanos().get(Breakdown.Phase.PRODUCTS);
        products.mult(a, b, c, 64, 64, 64);
        assertEquals(before, Breakdown.nanos().get(Breakdown.Phase.PRODUCTS), "stopped, nothing more is counted");
    }

    @Test
    void theBenchsCountersCountEveryThreadsProductsFromTheirShapes() throws InterruptedException {
        products.startCounting();
        Thread other = new Thread(() -> products.mult(a, b, c, 64, 64, 64));
        other.start();
        other.join();
        products.mult(a, b, c, 64, 64, 64);
        products.stopCounting();
        assertEquals(2 * 2L * 64 * 64 * 64, products.countedFlops());
    }

    @Test
    void packingTheWeightsAheadIsAPhaseOfItsOwn() {
        float[] w = new float[256 * 256];
        PackedWeights packs = new PackedWeights(products).add(w, 256, 256, true);
        packs.pack();
        Breakdown.start();
        packs.pack();
        long packing = Breakdown.nanos().get(Breakdown.Phase.PACKING);
        assertTrue(packing > 0, "packing timed");
        assertEquals(0L, Breakdown.nanos().get(Breakdown.Phase.PRODUCTS), "packing is not a product");
        Breakdown.stop();
        packs.pack();
        assertEquals(packing, Breakdown.nanos().get(Breakdown.Phase.PACKING), "stopped, nothing more is counted");
    }
}
