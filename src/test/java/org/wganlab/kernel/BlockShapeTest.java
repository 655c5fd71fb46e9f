package org.wganlab.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;

/**
 * Every block shape, stretch of k and panel size gives the plain-Java kernel's floats exactly:
 * the probe may pick any of them on any machine without changing a run.
 */
class BlockShapeTest {
    private final int savedThreads = Parallel.threads();
    /** Products of this test's own, so a tuning tried here changes no other test's. */
    private final Products products = new Products(KernelOptions.fromSystemProperties());

    @AfterEach
    void restore() {
        Parallel.useThreads(savedThreads);
    }

    private static final KernelTuning ANY = KernelTuning.defaultFor(1);

    private static float[] rand(int size, long seed) {
        float[] x = new float[size];
        new Rng(seed).fillGaussian(x, 0, size);
        return x;
    }

    @ParameterizedTest
    // Rows that leave part bands for every shape (6, 8 and 12 do not divide 67 or 45), columns
    // that leave part blocks, single vectors and scalar columns (packed from 128 columns on),
    // k below the packing threshold, k across several stretches, and panels narrower than
    // one block.
    @CsvSource({"67,300,270", "45,512,300", "13,1024,100", "25,8,40", "30,2,512", "12,17,264", "7,129,9", "50,40,520"})
    void everyShapeStretchAndPanelGivesTheJavaKernelsFloats(int m, int k, int n) {
        assumeTrue(products.floatsPerVector() > 1, "the vector kernel runs only with jdk.incubator.vector");
        ProductKernel kernel = products.kernel();
        float[] a = rand(m * k, 1), at = rand(k * m, 2), b = rand(k * n, 3), bias = rand(n, 4);
        float[] expect = new float[m * n], expectT = new float[m * n], got = new float[m * n];
        for (boolean withBiasAndRelu : new boolean[] {false, true}) {
            float[] bi = withBiasAndRelu ? bias : null;
            new JavaMatMul().mult(ANY, a, k, 1, b, bi, withBiasAndRelu, expect, k, n, 0, m);
            new JavaMatMul().mult(ANY, at, 1, m, b, bi, withBiasAndRelu, expectT, k, n, 0, m);
            for (BlockShape shape : BlockShape.values()) {
                for (int stretch : new int[] {16, 100, 256}) {
                    for (int panel : new int[] {KernelTuning.MIN_PANEL_BYTES, 256 * 1024}) {
                        KernelTuning t = new KernelTuning(shape, stretch, panel);
                        Arrays.fill(got, Float.NaN);
                        kernel.mult(t, a, k, 1, b, bi, withBiasAndRelu, got, k, n, 0, m);
                        assertArrayEquals(expect, got, t.describe() + (withBiasAndRelu ? " with bias and ReLU" : ""));
                        Arrays.fill(got, Float.NaN);
                        kernel.mult(t, at, 1, m, b, bi, withBiasAndRelu, got, k, n, 0, m);
                        assertArrayEquals(expectT, got, t.describe() + " on A^T");
                        // Split rows reading one B packed for both, as two threads do; not on band bounds.
                        float[] shared = kernel.packB(t, b, k, n);
                        int floats = products.floatsPerVector();
                        assertEquals(k >= VectorMatMul.PACK_MIN_K && n - n % floats >= VectorMatMul.PACK_MIN_COLUMNS, shared != null, "B packed once exactly when the product packs");
                        Arrays.fill(got, Float.NaN);
                        kernel.multPacked(t, shared, a, k, 1, b, bi, withBiasAndRelu, got, k, n, 0, m / 3);
                        kernel.multPacked(t, shared, a, k, 1, b, bi, withBiasAndRelu, got, k, n, m / 3, m);
                        assertArrayEquals(expect, got, t.describe() + " with B packed once for two row ranges");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    // Whole vectors of columns that leave a part block for 3-vector shapes (272, 160) or for
    // every shape (208), rows short of a band (67, 45, 30), one 6x2 grain (24) and a batch
    // (256); k across stretches. On one to three threads: split by rows, by columns, or not.
    @CsvSource({"67,300,272", "45,512,512", "256,512,512", "30,40,208", "24,100,160", "256,128,128"})
    void everyShapePacksBFromBTransposedRowsWithTheJavaKernelsFloats(int m, int k, int n) {
        assumeTrue(products.floatsPerVector() > 1, "the vector kernel runs only with jdk.incubator.vector");
        Tensor a = new Tensor(m, k), src = new Tensor(n, k), b = new Tensor(k, n), got = new Tensor(m, n);
        new Rng(21).fillGaussian(a.data, 0, a.data.length);
        new Rng(22).fillGaussian(src.data, 0, src.data.length);
        for (int j = 0; j < n; j++) for (int kk = 0; kk < k; kk++) b.data[kk * n + j] = src.data[j * k + kk];
        float[] expect = new float[m * n];
        new JavaMatMul().mult(ANY, a.data, k, 1, b.data, null, false, expect, k, n, 0, m);
        for (BlockShape shape : BlockShape.values()) {
            for (int stretch : new int[] {64, 512}) {
                KernelTuning t = new KernelTuning(shape, stretch, 256 * 1024);
                products.use(t);
                assertTrue(new PackedTransB(products.kernel(), new ColumnSplit(products.kernel(), true), true).runs(t, m, k, n), t.describe() + " packs B from B^T at " + m + "x" + k + "x" + n);
                for (int threads : new int[] {1, 2, 3}) {
                    Parallel.useThreads(threads);
                    Arrays.fill(got.data, Float.NaN);
                    products.multTransB(a.data, src.data, got.data, m, k, n);
                    assertArrayEquals(expect, got.data, t.describe() + " on " + threads + " threads, " + m + "x" + k + "x" + n);
                }
            }
        }
    }

    @ParameterizedTest
    // Split by columns (256 rows against 512 columns), by rows (a part band, a part block), a batch at width 128.
    @CsvSource({"256,512,512", "67,300,272", "256,128,128"})
    void aTuningWithOneBlockInPlaceAndAnotherPackedGivesTheJavaKernelsFloats(int m, int k, int n) {
        assumeTrue(products.floatsPerVector() > 1, "the vector kernel runs only with jdk.incubator.vector");
        Tensor a = new Tensor(m, k), b = new Tensor(k, n), bt = new Tensor(n, k), g = new Tensor(m, n), got = new Tensor(m, n), gotT = new Tensor(k, n);
        new Rng(31).fillGaussian(a.data, 0, a.data.length);
        new Rng(32).fillGaussian(b.data, 0, b.data.length);
        new Rng(33).fillGaussian(g.data, 0, g.data.length);
        for (int j = 0; j < n; j++) for (int kk = 0; kk < k; kk++) bt.data[j * k + kk] = b.data[kk * n + j];
        float[] expect = new float[m * n], expectT = new float[k * n];
        new JavaMatMul().mult(ANY, a.data, k, 1, b.data, null, false, expect, k, n, 0, m);
        new JavaMatMul().mult(ANY, a.data, 1, k, g.data, null, false, expectT, m, n, 0, k); // A^T G, A read down its columns: packed
        BlockShape[][] pairs = {{BlockShape.R4X4, BlockShape.R8X2}, {BlockShape.R8X2, BlockShape.R4X4}, {BlockShape.R6X4, BlockShape.R8X3}, {BlockShape.R12X2, BlockShape.R6X2}};
        for (BlockShape[] pair : pairs) {
            KernelTuning t = new KernelTuning(pair[0], pair[1], 128, 256 * 1024);
            products.use(t);
            for (int threads : new int[] {1, 2, 3}) {
                Parallel.useThreads(threads);
                String where = t.describe() + " on " + threads + " threads, " + m + "x" + k + "x" + n;
                Arrays.fill(got.data, Float.NaN);
                products.mult(a.data, b.data, got.data, m, k, n);
                assertArrayEquals(expect, got.data, where);
                Arrays.fill(got.data, Float.NaN);
                products.multTransB(a.data, bt.data, got.data, m, k, n);
                assertArrayEquals(expect, got.data, where + ", B from B^T");
                Arrays.fill(gotT.data, Float.NaN);
                products.multTransA(a.data, g.data, gotT.data, k, m, n);
                assertArrayEquals(expectT, gotT.data, where + ", A^T G");
            }
        }
    }

    @Test
    void aRowRangeWritesItsRowsOnly() {
        assumeTrue(products.floatsPerVector() > 1, "the vector kernel runs only with jdk.incubator.vector");
        int m = 40, k = 64, n = 280;
        float[] a = rand(m * k, 5), b = rand(k * n, 6), expect = new float[m * n], got = new float[m * n];
        new JavaMatMul().mult(ANY, a, k, 1, b, null, false, expect, k, n, 0, m);
        ProductKernel kernel = products.kernel();
        for (BlockShape shape : BlockShape.values()) {
            KernelTuning t = new KernelTuning(shape, 32, KernelTuning.MIN_PANEL_BYTES);
            Arrays.fill(got, -7f);
            kernel.mult(t, a, k, 1, b, null, false, got, k, n, 5, 31);
            for (int i = 0; i < m * n; i++) {
                int row = i / n;
                assertEquals(row >= 5 && row < 31 ? expect[i] : -7f, got[i], 0f, shape.label() + " element " + i);
            }
        }
    }

    @Test
    void labelsReadBackAndTheCandidatesFitTheRegisterFile() {
        for (BlockShape s : BlockShape.values()) assertEquals(s, BlockShape.parse(s.label()));
        assertEquals(BlockShape.R6X2, BlockShape.parse(" 6X2 "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BlockShape.parse("5x5"));
        assertTrue(e.getMessage().contains("8x2, 6x2, 4x3, 12x2, 8x3, 4x4, 6x4"), e.getMessage());
        // x86 has 16 vector registers below AVX-512; ARM64 has 32 at any width.
        boolean arm64 = List.of("aarch64", "arm64").contains(System.getProperty("os.arch"));
        List<BlockShape> sixteen = List.of(BlockShape.R8X2, BlockShape.R6X2, BlockShape.R4X3);
        assertEquals(arm64 ? List.of(BlockShape.values()) : sixteen, BlockShape.candidates(8));
        assertEquals(arm64 ? List.of(BlockShape.values()) : sixteen, BlockShape.candidates(4));
        assertEquals(List.of(BlockShape.values()), BlockShape.candidates(16));
        for (BlockShape s : BlockShape.candidates(8)) assertTrue(s == BlockShape.R8X2 || s.liveRegisters() <= (arm64 ? 32 : 16), s.label());
    }

    @Test
    void aTuningOutsideItsRangesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new KernelTuning(BlockShape.R8X2, 256, 1024));
        assertThrows(IllegalArgumentException.class, () -> new KernelTuning(BlockShape.R8X2, 256, 128 * 1024 * 1024));
        assertThrows(IllegalArgumentException.class, () -> new KernelTuning(BlockShape.R8X2, 8, 256 * 1024));
        assertThrows(IllegalArgumentException.class, () -> new KernelTuning(null, 256, 256 * 1024));
        assertThrows(IllegalArgumentException.class, () -> new KernelTuning(BlockShape.R8X2, null, 256, 256 * 1024));
        assertEquals("6x2, k in 256s, 1 MB panels", new KernelTuning(BlockShape.R6X2, 256, 1024 * 1024).describe());
        assertEquals("4x3, k in 128s, 128 KB panels", new KernelTuning(BlockShape.R4X3, 128, 128 * 1024).describe());
        assertEquals("4x4 (packed 8x2), k in 512s, 256 KB panels", new KernelTuning(BlockShape.R4X4, BlockShape.R8X2, 512, 256 * 1024).describe());
    }
}
