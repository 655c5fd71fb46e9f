package org.wganlab.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.wganlab.autodiff.Rng;

/**
 * Products read a weight the step packed ahead exactly as they would have packed it themselves,
 * and only while the set is active and its tuning is the products' own.
 */
class PackedWeightsTest {
    private final int savedThreads = Parallel.threads();
    private final Products products = new Products(KernelOptions.fromSystemProperties());

    @BeforeEach
    void vectorKernelOnly() {
        assumeTrue(products.floatsPerVector() > 1, "only the vector kernel packs");
    }

    @AfterEach
    void restore() {
        Parallel.useThreads(savedThreads);
    }

    private static float[] rand(int size, long seed) {
        float[] x = new float[size];
        new Rng(seed).fillGaussian(x, 0, size);
        return x;
    }

    /** The three products a step runs with weight w (rows x cols): forward, forward with bias and ReLU, and g w^T. */
    private float[][] products(float[] a, float[] g, float[] w, float[] bias, int m, int rows, int cols) {
        float[] c = new float[m * cols], cr = new float[m * cols], ct = new float[m * rows];
        products.mult(a, w, c, m, rows, cols);
        products.multAddRow(a, w, bias, true, cr, m, rows, cols);
        products.multTransB(g, w, ct, m, cols, rows);
        return new float[][] {c, cr, ct};
    }

    @ParameterizedTest
    // Whole bands and part bands of rows, a square and an oblong weight, one and two threads.
    @CsvSource({"128,256,256,1", "256,512,512,2", "100,256,384,1", "37,384,256,2", "256,256,512,2"})
    void productsWithTheWeightPackedAheadGiveTheSameFloats(int m, int rows, int cols, int threads) {
        Parallel.useThreads(threads);
        float[] a = rand(m * rows, 1), g = rand(m * cols, 2), w = rand(rows * cols, 3), bias = rand(cols, 4);
        float[][] expect = products(a, g, w, bias, m, rows, cols);
        PackedWeights set = new PackedWeights(products).add(w, rows, cols, true);
        set.pack();
        float[][] got;
        try (ThreadScoped.Scope s = set.activate()) {
            got = products(a, g, w, bias, m, rows, cols);
        }
        for (int i = 0; i < expect.length; i++) assertArrayEquals(expect[i], got[i], "product " + i);
    }

    /** The three products of a weight before it changed, after, inside the set's scope after it, and once the scope closed. */
    private record Overwritten(float[][] before, float[][] after, float[][] inside, float[][] outside) {
    }

    /**
     * A 256 x 256 weight packed into a set (from W^T too where the step runs a backward through
     * it), then {@code afterPacking}, then the weight overwritten; on one thread, as inside a
     * part of a batch (a product split by columns packs its own blocks).
     */
    private Overwritten packThenOverwrite(boolean backward, Runnable afterPacking) {
        Parallel.useThreads(1);
        int m = 64, rows = 256, cols = 256;
        float[] a = rand(m * rows, 1), g = rand(m * cols, 2), w = rand(rows * cols, 3), bias = rand(cols, 4);
        float[][] before = products(a, g, w, bias, m, rows, cols);
        PackedWeights set = new PackedWeights(products).add(w, rows, cols, backward);
        set.pack();
        afterPacking.run();
        Arrays.fill(w, 0.5f);
        float[][] after = products(a, g, w, bias, m, rows, cols), inside;
        try (ThreadScoped.Scope s = set.activate()) {
            inside = products(a, g, w, bias, m, rows, cols);
        }
        return new Overwritten(before, after, inside, products(a, g, w, bias, m, rows, cols));
    }

    @Test
    void whileActiveProductsReadThePackedCopyAndOutsideTheWeightItself() {
        Overwritten o = packThenOverwrite(true, () -> { });
        // The set stands for the weight as it was packed: that is what its step multiplies by.
        for (int i = 0; i < o.before.length; i++) {
            assertArrayEquals(o.before[i], o.inside[i], "product " + i + " inside the set");
            assertArrayEquals(o.after[i], o.outside[i], "product " + i + " after the scope closed");
        }
    }

    @Test
    void onlyTheForwardIsPackedWhenTheStepRunsNoBackwardThroughIt() {
        Overwritten o = packThenOverwrite(false, () -> { });
        assertArrayEquals(o.before[0], o.inside[0]);
        assertArrayEquals(o.before[1], o.inside[1]);
        assertArrayEquals(o.after[2], o.inside[2], "g w^T reads the weight itself");
    }

    @Test
    void aTuningChangedSincePackingMakesProductsReadTheWeightThemselves() {
        Overwritten o = packThenOverwrite(true, () -> {
            BlockShape other = products.tuning().shape() == BlockShape.values()[0] ? BlockShape.values()[1] : BlockShape.values()[0];
            products.use(products.tuning().withShape(other));
        });
        for (int i = 0; i < o.after.length; i++) assertArrayEquals(o.after[i], o.inside[i], "product " + i);
    }

    @Test
    void aWeightWhoseShapeDoesNotMatchItsArrayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PackedWeights(products).add(new float[10], 3, 4, true));
    }
}
