package org.wganlab.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wganlab.autodiff.MatMul;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;

class ParallelTest {
    private final int before = Parallel.threads();

    @AfterEach
    void restore() {
        Parallel.useThreads(before);
    }

    @ParameterizedTest
    // A 512-row product's bands on two threads, a column split's blocks, an odd count, an
    // elementwise pass, a loop barely worth splitting, and three threads.
    @CsvSource({"512,8,2", "16,1,2", "63,1,2", "262144,16,2", "2,1,2", "1000,8,3", "5,2,2"})
    void loopsAreCutIntoChunksThatShrinkTowardsTheMiddleAndCoverEveryIndexOnce(int n, int align, int threads) {
        int[] bounds = new int[5000];
        int count = Parallel.cut(n, align, threads, bounds);
        assertEquals(0, bounds[0]);
        assertEquals(n, bounds[count]);
        int blocks = (n + align - 1) / align, largest = 0;
        for (int c = 0; c < count; c++) {
            int size = bounds[c + 1] - bounds[c];
            Assertions.assertTrue(size > 0, "chunk " + c + " is empty");
            if (bounds[c + 1] != n) assertEquals(0, bounds[c + 1] % align, "chunk " + c + " ends off a multiple of " + align);
            largest = Math.max(largest, size);
            // From either end inwards no chunk is larger than the one before it.
            if (2 * c + 2 <= count) Assertions.assertTrue(c == 0 || size <= bounds[c] - bounds[c - 1], "front chunk " + c);
        }
        for (int c = count - 1, prev = n; 2 * c >= count - 1; c--) {
            int size = bounds[c + 1] - bounds[c];
            if (bounds[c + 1] != n || size >= align) Assertions.assertTrue(size <= prev + align, "back chunk " + c);
            prev = size;
        }
        // The middle chunks are small: whoever finishes first waits for little.
        int middle = bounds[count / 2 + (count % 2)] - bounds[count / 2 - (count > 1 ? 1 : 0)];
        if (blocks >= 64) Assertions.assertTrue(middle <= Math.max(align, n / 16), "the chunks meeting in the middle span " + middle);
        Assertions.assertTrue(largest <= (blocks + 1) / 2 * align, "no chunk is more than half the loop: " + largest);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void everyPartRunsExactlyOnceAndItsProductsGiveTheSameNumbers(int threads) {
        Parallel.useThreads(threads);
        int parts = 2;
        AtomicIntegerArray runs = new AtomicIntegerArray(parts);
        Tensor a = new Tensor(300, 200), b = new Tensor(200, 150);
        new Rng(3).fillGaussian(a);
        new Rng(4).fillGaussian(b);
        Tensor[] out = {new Tensor(300, 150), new Tensor(300, 150)};
        for (int rep = 0; rep < 50; rep++) {
            Parallel.forEachPart(parts, p -> {
                runs.incrementAndGet(p);
                MatMul.mult(a, b, out[p]);
            });
        }
        for (int p = 0; p < parts; p++) assertEquals(50, runs.get(p), "part " + p);
        Parallel.useThreads(1);
        Tensor one = new Tensor(300, 150);
        MatMul.mult(a, b, one);
        assertArrayEquals(one.data, out[0].data);
        assertArrayEquals(one.data, out[1].data);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aFailingPartFailsTheCall(int threads) {
        Parallel.useThreads(threads);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.forEachPart(2, p -> {
            if (p == 1) throw new IllegalStateException("part 1 failed");
        }));
        assertEquals("part 1 failed", e.getMessage());
        // The workers are free again afterwards.
        AtomicIntegerArray runs = new AtomicIntegerArray(2);
        Parallel.forEachPart(2, runs::incrementAndGet);
        assertEquals(1, runs.get(0));
        assertEquals(1, runs.get(1));
    }
}
