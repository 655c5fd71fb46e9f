package org.wganlab.kernel;

import java.util.concurrent.atomic.LongAdder;

/**
 * Matrix products, the work that dominates training: C = A B, C = A^T B and C = A B^T on
 * row-major float arrays, without materialising transposes of large operands.
 *
 * <p>Runs the register-blocked Vector API kernel when the jdk.incubator.vector module is
 * present (run with {@code --add-modules jdk.incubator.vector}) and a plain-Java kernel
 * otherwise. Rows of C are split across {@link Parallel} threads, or blocks of its columns where
 * B is the larger operand ({@link ColumnSplit}). Every split and kernel computes each element
 * with the same arithmetic in the same order, so the floats never depend on them.
 *
 * <p>{@link #standard()} is the process's setup, as the system properties say; a test builds
 * its own from {@link KernelOptions} to compare two setups.
 */
public final class Products {
    /** A B^T with at most this many rows in B runs as dot products, not through a transpose. */
    static final int DOT_ROWS = 4;
    private static final int TILE = 16;
    private static final ThreadLocal<float[]> SCRATCH = ThreadLocal.withInitial(() -> new float[0]);
    private static final Products STANDARD = new Products(KernelOptions.fromSystemProperties());

    private final KernelOptions options;
    private final ProductKernel kernel;
    private final ColumnSplit columnSplit;
    private final PackedTransB packedTransB;
    /**
     * The block shape and panels in use, resolved for an A read in place and a packed A
     * ({@link KernelTuning#forA}). Read once per product, so a change between products is safe.
     */
    private volatile KernelTuning tuning;
    private volatile KernelTuning[] perA;

    private volatile boolean counting;
    private final LongAdder countedFlops = new LongAdder();
    private final LongAdder countedNanos = new LongAdder();

    public Products(KernelOptions options) {
        this.options = options;
        this.kernel = Kernels.products(options);
        this.columnSplit = new ColumnSplit(kernel, options.columnSplit());
        this.packedTransB = new PackedTransB(kernel, columnSplit, options.packFromTransposed());
        use(KernelTuning.defaultFor(kernel.floatsPerVector(), options.forced()));
    }

    /** The process's products, set up as the system properties say. */
    public static Products standard() {
        return STANDARD;
    }

    public KernelOptions options() {
        return options;
    }

    /** The kernel itself, for {@link KernelProbe}: it times the kernel directly, on one thread. */
    ProductKernel kernel() {
        return kernel;
    }

    /** Which kernel runs: "vector" or "java". */
    public String kernelName() {
        return kernel instanceof JavaMatMul ? "java" : "vector";
    }

    /** Whether products fuse their multiply-adds with the CPU's instruction ({@code hardware}) or in doubles ({@code software}, the same floats, slower). */
    public static String fmaName() {
        return FusedMultiplyAdd.IN_HARDWARE ? "hardware" : "software";
    }

    /** Floats per vector of the vector kernel (the JVM's preferred species), or 1 for the plain-Java one. */
    public int floatsPerVector() {
        return kernel.floatsPerVector();
    }

    /** The block shape and panels in use (what the vector kernel would use: the plain-Java kernel has neither). */
    public KernelTuning tuning() {
        return tuning;
    }

    /** Whether the options fix the tuning by hand, so that no probe may change it. */
    public boolean tuningForced() {
        return options.forced().any();
    }

    /**
     * Whether the tuning changes anything for networks whose widest layer is this wide: only
     * the vector kernel's packed products (layers of {@link KernelTuning#PACKED_FROM_COLUMNS}
     * or more) have a block to choose.
     */
    public boolean tuningMatters(int widestLayer) {
        return kernel.floatsPerVector() > 1 && widestLayer >= KernelTuning.PACKED_FROM_COLUMNS;
    }

    /** Runs with this block and panel size from the next product on; the plain-Java kernel has none to change. */
    public void use(KernelTuning t) {
        perA = new KernelTuning[] {t.forA(true), t.forA(false)};
        tuning = t;
    }

    KernelTuning tuningFor(boolean aInPlace) {
        return perA[aInPlace ? 0 : 1];
    }

    // ---- counting, for the bench ---------------------------------------------------------

    /** Starts (or restarts) counting the floating-point work and time of every product, for the bench. */
    public void startCounting() {
        countedFlops.reset();
        countedNanos.reset();
        counting = true;
    }

    public void stopCounting() {
        counting = false;
    }

    /** GFLOP/s of all products since {@link #startCounting()}, transposes included in their time. */
    public double countedGflops() {
        long ns = countedNanos.sum();
        return ns == 0 ? 0 : countedFlops.sum() / (double) ns;
    }

    /** Floating-point operations of all products since {@link #startCounting()}: 2 m n k each, from their shapes. */
    public long countedFlops() {
        return countedFlops.sum();
    }

    /** Seconds spent in products since {@link #startCounting()}, transposes included. */
    public double countedSeconds() {
        return countedNanos.sum() / 1e9;
    }

    /**
     * Whether this product is timed: while the bench counts, or on the thread a breakdown
     * watches; the other half of the batch then runs its products as in a plain run, so the
     * breakdown perturbs only the thread it measures.
     */
    private boolean timed() {
        return counting || Breakdown.counts();
    }

    private void count(long t0, int m, int k, int n) {
        long dt = System.nanoTime() - t0;
        Breakdown.exitProduct(dt);
        if (!counting) return;
        countedNanos.add(dt);
        countedFlops.add(2L * m * n * k);
    }

    // ---- the products --------------------------------------------------------------------

    /** C (m x n) = A (m x k) B (k x n). */
    public void mult(float[] a, float[] b, float[] c, int m, int k, int n) {
        if (!timed()) {
            multUncounted(a, b, c, m, k, n);
            return;
        }
        long t0 = System.nanoTime();
        Breakdown.enterProduct();
        multUncounted(a, b, c, m, k, n);
        count(t0, m, k, n);
    }

    private void multUncounted(float[] a, float[] b, float[] c, int m, int k, int n) {
        if (n == 1) {
            // A column vector b is also a 1 x k row: dot products of A's rows with it.
            dots(a, b, c, m, k, 1);
        } else if (n <= DOT_ROWS) {
            // Too few columns to fill a vector: dot products with B's columns, laid out as rows.
            float[] bt = scratch(k * n);
            transposeTiles(b, k, n, bt);
            dots(a, bt, c, m, k, n);
        } else {
            run(a, k, 1, b, null, false, c, m, k, n);
        }
    }

    /** C (m x n) = A^T B, A being k x m and B k x n. */
    public void multTransA(float[] a, float[] b, float[] c, int m, int k, int n) {
        if (!timed()) {
            multTransAUncounted(a, b, c, m, k, n);
            return;
        }
        long t0 = System.nanoTime();
        Breakdown.enterProduct();
        multTransAUncounted(a, b, c, m, k, n);
        count(t0, m, k, n);
    }

    private void multTransAUncounted(float[] a, float[] b, float[] c, int m, int k, int n) {
        if (n == 1) {
            // A^T b (m x 1) has the layout of b^T A (1 x m): one row times a matrix, on the row kernel.
            run(b, k, 1, a, null, false, c, 1, k, m);
        } else if (n <= DOT_ROWS) {
            // (A^T B)^T = B^T A has few rows and many columns: the row kernel's case; then transpose back.
            float[] ct = scratch(m * n);
            run(b, 1, n, a, null, false, ct, n, k, m);
            transposeTiles(ct, n, m, c);
        } else {
            run(a, 1, m, b, null, false, c, m, k, n);
        }
    }

    /** C (m x n) = A B^T, A being m x k and B n x k. B^T is never written out where B is packed from it. */
    public void multTransB(float[] a, float[] b, float[] c, int m, int k, int n) {
        if (!timed()) {
            multTransBUncounted(a, b, c, m, k, n);
            return;
        }
        long t0 = System.nanoTime();
        Breakdown.enterProduct();
        multTransBUncounted(a, b, c, m, k, n);
        count(t0, m, k, n);
    }

    private void multTransBUncounted(float[] a, float[] b, float[] c, int m, int k, int n) {
        if (n <= DOT_ROWS) {
            dots(a, b, c, m, k, n);
            return;
        }
        KernelTuning t = tuningFor(true); // one tuning for the test and the product
        if (packedTransB.runs(t, m, k, n)) {
            packedTransB.mult(t, a, b, PackedWeights.lookup(this, b, true, t, k, n), c, m, k, n);
            return;
        }
        // Written once into a per-thread scratch buffer: O(nk) next to O(mnk).
        float[] bt = scratch(n * k);
        long moves = 8L * n * k;
        if (Parallel.splits(n, TILE, moves)) Parallel.forRange(n, TILE, moves, (from, to) -> kernel.transpose(b, from, to, n, k, bt));
        else kernel.transpose(b, 0, n, n, k, bt);
        run(a, k, 1, bt, null, false, c, m, k, n);
    }

    /** C = A B + bias (1 x n, added to every row), through max(0, .) when relu: a layer's forward in one pass. */
    public void multAddRow(float[] a, float[] b, float[] bias, boolean relu, float[] c, int m, int k, int n) {
        if (!timed()) {
            multAddRowUncounted(a, b, bias, relu, c, m, k, n);
            return;
        }
        long t0 = System.nanoTime();
        Breakdown.enterProduct();
        multAddRowUncounted(a, b, bias, relu, c, m, k, n);
        count(t0, m, k, n);
    }

    private void multAddRowUncounted(float[] a, float[] b, float[] bias, boolean relu, float[] c, int m, int k, int n) {
        if (n > DOT_ROWS) {
            run(a, k, 1, b, bias, relu, c, m, k, n);
            return;
        }
        // Narrow outputs (a critic's 1, a generator's 2) keep their dot-product path; the bias follows.
        multUncounted(a, b, c, m, k, n);
        for (int r = 0; r < m; r++) {
            for (int j = 0; j < n; j++) {
                float v = c[r * n + j] + bias[j];
                c[r * n + j] = relu ? Math.max(v, 0f) : v;
            }
        }
    }

    private static float[] scratch(int size) {
        float[] s = SCRATCH.get();
        if (s.length < size) {
            s = new float[size];
            SCRATCH.set(s);
        }
        return s;
    }

    private void dots(float[] a, float[] b, float[] c, int m, int k, int n) {
        // Reading A counts too: a critic's output layer (n = 1) is a memory-bound pass over a
        // 512-wide batch's last hidden layer, whose rows the split leaves in the cache of the
        // core whose row split wrote them.
        long work = (long) m * k * (n + Parallel.ELEMENT_WORK);
        if (Parallel.splits(m, 4, work)) Parallel.forRange(m, 4, work, (from, to) -> kernel.dots(a, b, c, k, n, from, to));
        else kernel.dots(a, b, c, k, n, 0, m);
    }

    /** dst (cols x rows) = src (rows x cols)^T, in tiles so both sides stay in cache. */
    static void transposeTiles(float[] src, int rows, int cols, float[] dst) {
        JavaMatMul.transposeTiles(src, 0, rows, rows, cols, dst);
    }

    private void run(float[] a, int si, int sk, float[] b, float[] bias, boolean relu, float[] c, int m, int k, int n) {
        // Writing C counts too: with k of 1 or 2 (a first layer, an outer product) the product is
        // a memory-bound pass over m x n outputs, worth splitting once it is large.
        long work = (long) m * n * (k + Parallel.ELEMENT_WORK);
        KernelTuning t = tuningFor(sk == 1); // one tuning for the packing and every split
        int grain = kernel.rowGrain(t);
        if (sk == 1 && columnSplit.runs(t, m, k, n, work)) {
            columnSplit.mult(t, a, si, b, bias, relu, c, m, k, n, work);
        } else {
            // A weight the step packed already (PackedWeights) is read packed, as a shared packing would be.
            float[] packed = sk == 1 ? PackedWeights.lookup(this, b, false, t, k, n) : null;
            if (Parallel.splits(m, grain, work)) {
                float[] packedB = packed != null ? packed : packShared(t, b, k, n);
                Parallel.forRange(m, grain, work, (from, to) -> kernel.multPacked(t, packedB, a, si, sk, b, bias, relu, c, k, n, from, to));
            } else if (packed != null) {
                kernel.multPacked(t, packed, a, si, sk, b, bias, relu, c, k, n, 0, m);
            } else {
                kernel.mult(t, a, si, sk, b, bias, relu, c, k, n, 0, m);
            }
        }
    }

    /**
     * B packed once for every row split of a product, its column blocks split across the
     * threads as well: packed by the caller alone, a 512-wide B kept the other core waiting
     * for a tenth of the product's time.
     */
    private float[] packShared(KernelTuning t, float[] b, int k, int n) {
        float[] bp = kernel.packedBBuffer(t, k, n);
        if (bp == null) return null;
        packBlocks(kernel.packedBBlocks(t, n), k, n, (from, to) -> kernel.packBBlocks(t, b, k, n, bp, from, to));
        return bp;
    }

    /** Runs a packing of B's (k x n) column blocks, split across the threads where it is large enough to pay. */
    static void packBlocks(int blocks, int k, int n, Parallel.RangeBody pack) {
        long moves = Parallel.ELEMENT_WORK * k * n;
        if (Parallel.splits(blocks, 1, moves)) Parallel.forRange(blocks, 1, moves, pack);
        else pack.run(0, blocks);
    }
}
