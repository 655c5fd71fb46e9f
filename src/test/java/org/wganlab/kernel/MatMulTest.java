package org.wganlab.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wganlab.autodiff.MatMul;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;

/** The fast kernels against EJML's products, and independence from the thread count. */
class MatMulTest {
    private final int savedThreads = Parallel.threads();

    @AfterEach
    void restore() {
        Parallel.useThreads(savedThreads);
    }

    private static Tensor rand(int r, int c, long seed) {
        Tensor t = new Tensor(r, c);
        new Rng(seed).fillGaussian(t);
        return t;
    }

    /** The process's tuning, handed to a kernel called directly. */
    private static final KernelTuning TUNING = Products.standard().tuning();

    /** The same products with one path of the standard setup switched off. */
    private static Products without(UnaryOperator<KernelOptions> change) {
        return new Products(change.apply(KernelOptions.fromSystemProperties()));
    }

    private static void mult(Products p, Tensor a, Tensor b, Tensor c) {
        p.mult(a.data, b.data, c.data, a.rows, a.cols, b.cols);
    }

    private static void multTransB(Products p, Tensor a, Tensor b, Tensor c) {
        p.multTransB(a.data, b.data, c.data, a.rows, a.cols, b.rows);
    }

    private static void multAddRowRelu(Products p, Tensor a, Tensor b, Tensor bias, Tensor c) {
        p.multAddRow(a.data, b.data, bias.data, true, c.data, a.rows, a.cols, b.cols);
    }

    private static FMatrixRMaj ejml(Tensor t) {
        return new FMatrixRMaj(t.rows, t.cols, true, t.data);
    }

    private static void assertClose(FMatrixRMaj expected, Tensor actual, int k) {
        assertEquals(expected.numRows, actual.rows);
        assertEquals(expected.numCols, actual.cols);
        float tol = 1e-5f * (float) Math.sqrt(k) * 4;
        for (int i = 0; i < actual.data.length; i++) {
            float e = expected.data[i];
            assertEquals(e, actual.data[i], tol * Math.max(1f, Math.abs(e)), "element " + i);
        }
    }

    @ParameterizedTest
    @CsvSource({"1,1,1", "3,5,7", "4,2,32", "7,33,65", "64,64,64", "256,2,512", "256,512,1", "130,17,250", "301,128,129",
        "37,64,2", "64,300,3", "256,64,4", "5,70,5"})
    void productsMatchEjml(int m, int k, int n) {
        Tensor a = rand(m, k, 1), b = rand(k, n, 2);
        Tensor c = new Tensor(m, n);
        MatMul.mult(a, b, c);
        FMatrixRMaj e = new FMatrixRMaj(m, n);
        CommonOps_FDRM.mult(ejml(a), ejml(b), e);
        assertClose(e, c, k);

        Tensor at = rand(k, m, 3);
        MatMul.multTransA(at, b, c);
        CommonOps_FDRM.multTransA(ejml(at), ejml(b), e);
        assertClose(e, c, k);

        Tensor bt = rand(n, k, 4);
        MatMul.multTransB(a, bt, c);
        CommonOps_FDRM.multTransB(ejml(a), ejml(bt), e);
        assertClose(e, c, k);
    }

    @ParameterizedTest
    @CsvSource({"1,1,1", "37,64,2", "9,31,47", "130,17,250"})
    void aProductWithABiasRowMatchesEjmlPlusTheBias(int m, int k, int n) {
        Tensor a = rand(m, k, 1), b = rand(k, n, 2), bias = rand(1, n, 3), c = new Tensor(m, n);
        MatMul.multAddRow(a, b, bias, c);
        FMatrixRMaj e = new FMatrixRMaj(m, n);
        CommonOps_FDRM.mult(ejml(a), ejml(b), e);
        for (int r = 0; r < m; r++) for (int j = 0; j < n; j++) e.set(r, j, e.get(r, j) + bias.data[j]);
        assertClose(e, c, k);
    }

    @ParameterizedTest
    @CsvSource({"1,1,1", "37,64,2", "9,31,47", "130,17,250", "64,64,64", "45,512,150"})
    void aFusedReluLayerIsMaxOfZeroAndTheProductPlusBias(int m, int k, int n) {
        Tensor a = rand(m, k, 1), b = rand(k, n, 2), bias = rand(1, n, 3), c = new Tensor(m, n), plain = new Tensor(m, n);
        MatMul.multAddRowRelu(a, b, bias, c);
        MatMul.multAddRow(a, b, bias, plain);
        int negatives = 0;
        for (int i = 0; i < c.data.length; i++) {
            if (plain.data[i] <= 0f) negatives++;
            assertEquals(Math.max(plain.data[i], 0f), c.data[i], 0f, "element " + i);
        }
        if (m * n > 100) assertTrue(negatives > m * n / 10, "the case has negatives to clamp: " + negatives);
    }

    @ParameterizedTest
    @CsvSource({"257,300,129", "512,64,512"})
    void resultsAreBitIdenticalForAnyThreadCount(int m, int k, int n) {
        Tensor a = rand(m, k, 5), b = rand(k, n, 6);
        Tensor one = new Tensor(m, n), two = new Tensor(m, n);
        Parallel.useThreads(1);
        MatMul.mult(a, b, one);
        Parallel.useThreads(2);
        MatMul.mult(a, b, two);
        assertArrayEquals(one.data, two.data);
        Parallel.useThreads(3);
        MatMul.multTransA(rand(k, m, 7), b, two);
        Parallel.useThreads(1);
        MatMul.multTransA(rand(k, m, 7), b, one);
        assertArrayEquals(one.data, two.data);
    }

    @ParameterizedTest
    // Whole packed blocks (the path that packs B from B^T's rows): one and two stretches of k,
    // one and several panels; 40 x 30 x 136 stays on the transposing path (n not whole blocks);
    // each at one and two threads.
    @CsvSource({"256,512,512", "64,600,128", "16,40,256", "48,1100,384", "40,30,136"})
    void aProductWithBTransposedIsTheSameWhetherBIsPackedFromItsRowsOrTransposedFirst(int m, int k, int n) {
        Tensor a = rand(m, k, 12), bt = rand(n, k, 13);
        for (int threads : new int[] {1, 2}) {
            Parallel.useThreads(threads);
            Tensor packed = new Tensor(m, n), transposed = new Tensor(m, n);
            MatMul.multTransB(a, bt, packed);
            multTransB(without(o -> o.withPackFromTransposed(false)), a, bt, transposed);
            assertArrayEquals(transposed.data, packed.data, m + "x" + k + "x" + n + " on " + threads + " threads");
            FMatrixRMaj e = new FMatrixRMaj(m, n);
            CommonOps_FDRM.multTransB(ejml(a), ejml(bt), e);
            assertClose(e, packed, k);
        }
    }

    @ParameterizedTest
    // Whole blocks only, a last block cut short with scalar columns after it, rows past the last
    // whole band, several panels and two stretches of k; B^T packed from its rows (512 x 512 x 512).
    @CsvSource({"256,512,512", "45,512,150", "67,300,333", "512,64,512", "24,1100,256", "512,512,512"})
    void productsSplitByColumnBlocksAreTheSameAsSplitByRows(int m, int k, int n) {
        Tensor a = rand(m, k, 14), b = rand(k, n, 15), bias = rand(1, n, 16), bt = rand(n, k, 17);
        for (int threads : new int[] {2, 3}) {
            Parallel.useThreads(threads);
            Tensor[] byColumns = {new Tensor(m, n), new Tensor(m, n), new Tensor(m, n)}, byRows = {new Tensor(m, n), new Tensor(m, n), new Tensor(m, n)};
            for (boolean columns : new boolean[] {true, false}) {
                Tensor[] out = columns ? byColumns : byRows;
                Products p = without(o -> o.withColumnSplit(columns));
                mult(p, a, b, out[0]);
                multAddRowRelu(p, a, b, bias, out[1]);
                multTransB(p, a, bt, out[2]);
            }
            for (int p = 0; p < 3; p++) assertArrayEquals(byRows[p].data, byColumns[p].data, "product " + p + ", " + m + "x" + k + "x" + n + " on " + threads + " threads");
            FMatrixRMaj e = new FMatrixRMaj(m, n);
            CommonOps_FDRM.mult(ejml(a), ejml(b), e);
            assertClose(e, byColumns[0], k);
            CommonOps_FDRM.multTransB(ejml(a), ejml(bt), e);
            assertClose(e, byColumns[2], k);
        }
    }

    @Test
    void theKernelMatchesTheModulesPresence() {
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        assertEquals(present ? "vector" : "java", Products.standard().kernelName());
    }

    @ParameterizedTest
    // 45 x 512 x 150 and 13 x 1024 x 100 span several column panels, the last with a single
    // vector and scalar columns after it; 2 x 512 x 128 runs on single rows only.
    @CsvSource({"9,31,47", "64,128,70", "67,300,70", "45,512,96", "45,512,150", "13,1024,100", "2,512,128"})
    void vectorAndJavaKernelsAgreeExactly(int m, int k, int n) {
        Tensor a = rand(m, k, 8), b = rand(k, n, 9), bias = rand(1, n, 10);
        ProductKernel vector = Products.standard().kernelName().equals("vector") ? kernelUnderTest() : new JavaMatMul();
        for (boolean withBiasAndRelu : new boolean[] {false, true}) {
            float[] v = new float[m * n], j = new float[m * n];
            float[] bi = withBiasAndRelu ? bias.data : null;
            vector.mult(TUNING, a.data, k, 1, b.data, bi, withBiasAndRelu, v, k, n, 0, m);
            new JavaMatMul().mult(TUNING, a.data, k, 1, b.data, bi, withBiasAndRelu, j, k, n, 0, m);
            assertArrayEquals(j, v);
            // A^T B through the same kernel: A read with row stride 1 and k stride m.
            Tensor at = rand(k, m, 11);
            vector.mult(TUNING, at.data, 1, m, b.data, bi, withBiasAndRelu, v, k, n, 0, m);
            new JavaMatMul().mult(TUNING, at.data, 1, m, b.data, bi, withBiasAndRelu, j, k, n, 0, m);
            assertArrayEquals(j, v);
        }
    }

    @ParameterizedTest
    @CsvSource({"9,512,1", "13,70,3"})
    void aDotProductsRowIsTheSameInAGroupOfFourAsAlone(int m, int k, int n) {
        Tensor a = rand(m, k, 12), b = rand(n, k, 13);
        ProductKernel kernel = Products.standard().kernelName().equals("vector") ? kernelUnderTest() : new JavaMatMul();
        float[] grouped = new float[m * n], shifted = new float[m * n];
        kernel.dots(a.data, b.data, grouped, k, n, 0, m);
        // From row 1 every row sits at another place in its group of four, and the last ones run alone.
        kernel.dots(a.data, b.data, shifted, k, n, 1, m);
        for (int i = n; i < m * n; i++) assertEquals(grouped[i], shifted[i], 0f, "element " + i);
    }

    @ParameterizedTest
    @CsvSource({"128,128,0,128", "37,50,0,37", "300,7,16,300", "64,33,5,40"})
    void bothKernelsTransposeAnyBandOfRowsExactly(int rows, int cols, int from, int to) {
        Tensor src = rand(rows, cols, 14);
        ProductKernel kernel = Products.standard().kernelName().equals("vector") ? kernelUnderTest() : new JavaMatMul();
        float[] v = new float[rows * cols], j = new float[rows * cols], e = new float[rows * cols];
        kernel.transpose(src.data, from, to, rows, cols, v);
        new JavaMatMul().transpose(src.data, from, to, rows, cols, j);
        for (int r = from; r < to; r++) for (int c = 0; c < cols; c++) e[c * rows + r] = src.data[r * cols + c];
        assertArrayEquals(e, v);
        assertArrayEquals(e, j);
    }

    @ParameterizedTest
    @CsvSource({"1", "15", "16", "1000", "33153"})
    void clampingClampsAndCountsTheBoundsAlikeInBothKernels(int n) {
        float c = 0.01f;
        float[] x = new float[n];
        Rng r = new Rng(n);
        for (int i = 0; i < n; i++) {
            x[i] = switch (i % 5) {
                case 0 -> c;                                  // exactly at the bound
                case 1 -> -c * (1 - 1e-7f);                   // within the tolerance
                case 2 -> c * 0.5f;                           // inside
                default -> (float) r.gaussian() * 0.05f;      // anything
            };
        }
        float[] v = x.clone(), j = x.clone();
        int expected = 0;
        for (float e : x) if (Math.abs(Math.max(-c, Math.min(c, e))) >= c - c * 1e-6f) expected++;
        ElementwiseKernel vector = Products.standard().kernelName().equals("vector") ? load("org.wganlab.kernel.VectorElementwise", ElementwiseKernel.class) : new JavaElementwise();
        assertEquals(expected, vector.clamp(v, c, c - c * 1e-6f));
        assertEquals(expected, new JavaElementwise().clamp(j, c, c - c * 1e-6f));
        assertArrayEquals(j, v);
        for (float e : v) assertTrue(Math.abs(e) <= c);
    }

    private static ProductKernel kernelUnderTest() {
        return load("org.wganlab.kernel.VectorMatMul", ProductKernel.class);
    }

    private static <T> T load(String name, Class<T> type) {
        try {
            return type.cast(Class.forName(name).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
