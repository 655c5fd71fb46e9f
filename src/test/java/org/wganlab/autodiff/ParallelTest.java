package org.wganlab.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParallelTest {
    private final int before = Parallel.threads();

    @AfterEach
    void restore() {
        Parallel.useThreads(before);
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
