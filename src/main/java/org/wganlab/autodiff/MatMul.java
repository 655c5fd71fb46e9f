package org.wganlab.autodiff;

/**
 * Matrix products, the work that dominates training: C = A B, C = A^T B and C = A B^T,
 * without materialising transposes of large operands.
 *
 * <p>Uses the register-blocked Vector API kernel when the jdk.incubator.vector module is
 * present (run with {@code --add-modules jdk.incubator.vector}) and a plain-Java kernel
 * otherwise. Rows of C are split across {@link Parallel} threads, or blocks of its columns where
 * B is the larger operand ({@link ColumnSplit}).
 */
public final class MatMul {
    /** A(i,k) = a[i * si + k * sk]: one kernel covers A and A^T. */
    interface Kernel {
        /**
         * Rows [rowFrom, rowTo) of C = A B (+ the row bias, when not null: the accumulators start
         * from it), through max(0, .) when relu is set: a ReLU layer's forward in one pass.
         */
        void mult(float[] a, int si, int sk, float[] b, float[] bias, boolean relu, float[] c, int k, int n, int rowFrom, int rowTo);

        /**
         * {@link #mult} with this block and panels instead of the ones in use: the probe times
         * candidates this way, so a run training beside it keeps its own.
         */
        default void multWith(KernelTuning t, float[] a, int si, int sk, float[] b, float[] bias, boolean relu, float[] c, int k, int n, int rowFrom, int rowTo) {
            mult(a, si, sk, b, bias, relu, c, k, n, rowFrom, rowTo);
        }

        /**
         * B (k x n) packed once for every row split of one product with this tuning, in the
         * calling thread's buffer until its next call; null when the kernel does not pack such a
         * product. Each split packing B for itself repeated that copy once per split.
         */
        default float[] packB(KernelTuning t, float[] b, int k, int n) {
            float[] bp = packedBBuffer(t, k, n);
            if (bp != null) packBBlocks(t, b, k, n, bp, 0, packedBBlocks(t, n));
            return bp;
        }

        /** The calling thread's buffer for {@link #packB}, large enough for this product; null when it does not pack. */
        default float[] packedBBuffer(KernelTuning t, int k, int n) {
            return null;
        }

        /** How many column blocks {@link #packB} packs: the pieces a parallel packing splits. */
        default int packedBBlocks(KernelTuning t, int n) {
            return 0;
        }

        /** Column blocks [from, to) of B packed into bp, where {@link #packB} puts them. */
        default void packBBlocks(KernelTuning t, float[] b, int k, int n, float[] bp, int from, int to) {
        }

        /**
         * The same blocks as {@link #packBBlocks} for B = src^T, read from src (n x k, row-major)
         * itself: A B^T's B packed without first writing B^T out.
         */
        default void packBFromTransposed(KernelTuning t, float[] src, int k, int n, float[] bp, int from, int to) {
            throw new UnsupportedOperationException("this kernel does not pack");
        }

        /** {@link #multWith} reading B from {@link #packB}'s result for the same tuning (null: as multWith). */
        default void multPacked(KernelTuning t, float[] packedB, float[] a, int si, int sk, float[] b, float[] bias, boolean relu, float[] c, int k, int n, int rowFrom, int rowTo) {
            multWith(t, a, si, sk, b, bias, relu, c, k, n, rowFrom, rowTo);
        }

        /**
         * Columns [colFrom, colTo) of {@link #multPacked}'s rows: a split by column blocks
         * ({@link ColumnSplit}). colFrom is on a block boundary, and so is colTo unless it is n.
         */
        default void multPackedColumns(KernelTuning t, float[] packedB, float[] a, int si, int sk, float[] b, float[] bias, boolean relu, float[] c,
                int k, int n, int rowFrom, int rowTo, int colFrom, int colTo) {
            throw new UnsupportedOperationException("this kernel does not pack");
        }

        /** c[i * n + j] = dot(a row i, b row j) for contiguous rows of length k: A B^T without a transpose. */
        void dots(float[] a, float[] b, float[] c, int k, int n, int rowFrom, int rowTo);

        /** out[i] = x[i] > 0 ? g[i] : 0 over [from, to): ReLU's backward. */
        void reluMask(float[] g, float[] x, float[] out, int from, int to);

        /** out (1 x cols) = the column sums of x (rows x cols): a bias gradient. */
        void columnSums(float[] x, int rows, int cols, float[] out);

        /**
         * One Adam step on every value: m = b1 m + (1 - b1) g, v = b2 v + (1 - b2) g g,
         * p -= stepSize m / (sqrt(v) / corr2 + eps), evaluated in that order.
         */
        void adam(float[] p, float[] g, float[] m, float[] v, float beta1, float beta2, float stepSize, float corr2, float eps);

        /** One RMSProp step on every value: ms = d ms + (1 - d) g g, p -= lr g / sqrt(ms + eps). */
        void rmsProp(float[] p, float[] g, float[] ms, float decay, float lr, float eps);

        /**
         * {@link #rmsProp} with each new value clamped to [-c, c] as {@link #clamp} does, in the
         * same pass; returns how many end with |v| >= inner. Weight clipping after RMSProp read
         * and wrote every weight a second time.
         */
        int rmsPropClamped(float[] p, float[] g, float[] ms, float decay, float lr, float eps, float c, float inner);

        /** Sum of squares of every value. */
        double sumOfSquares(float[] x);

        /** Clamps every value to [-c, c]; returns how many end with |v| >= inner (at a bound). */
        int clamp(float[] x, float c, float inner);

        /** Rows [rowFrom, rowTo) of src (rows x cols) written transposed into dst (cols x rows). */
        void transpose(float[] src, int rowFrom, int rowTo, int rows, int cols, float[] dst);

        /** Row splits of a product with this tuning fall on multiples of this: whole register blocks. */
        default int rowGrain(KernelTuning t) {
            return 8;
        }

        /** Floats per vector, 1 for scalar code. */
        default int floatsPerVector() {
            return 1;
        }

        /** The block and panels in use; the plain-Java kernel has neither and reports the default. */
        default KernelTuning tuning() {
            return KernelTuning.defaultFor(1);
        }

        /** {@link #tuning} for one product, whose A is read in place (row-major) or packed: {@link KernelTuning#forA}. */
        default KernelTuning tuningFor(boolean aInPlace) {
            return tuning().forA(aInPlace);
        }

        /** Runs with this block and panel size from the next product on; the plain-Java kernel ignores it. */
        default void use(KernelTuning t) {
        }
    }

    /** A B^T with at most this many rows in B runs as dot products, not through a transpose. */
    static final int DOT_ROWS = 4;

    private static final Kernel KERNEL = chooseKernel();

    /** The kernel in use, for {@link KernelProbe}: it times the kernel itself, on one thread. */
    static Kernel kernel() {
        return KERNEL;
    }
    private static final ThreadLocal<float[]> SCRATCH = ThreadLocal.withInitial(() -> new float[0]);

    private static volatile boolean counting;
    private static final java.util.concurrent.atomic.LongAdder COUNTED_FLOPS = new java.util.concurrent.atomic.LongAdder();
    private static final java.util.concurrent.atomic.LongAdder COUNTED_NANOS = new java.util.concurrent.atomic.LongAdder();

    private MatMul() {
    }

    /** Starts (or restarts) counting the floating-point work and time of every product, for the bench. */
    public static void startCounting() {
        COUNTED_FLOPS.reset();
        COUNTED_NANOS.reset();
        counting = true;
    }

    public static void stopCounting() {
        counting = false;
    }

    /** GFLOP/s of all products since {@link #startCounting()}, transposes included in their time. */
    public static double countedGflops() {
        long ns = COUNTED_NANOS.sum();
        return ns == 0 ? 0 : COUNTED_FLOPS.sum() / (double) ns;
    }

    /** Floating-point operations of all products since {@link #startCounting()}: 2 m n k each, from their shapes. */
    public static long countedFlops() {
        return COUNTED_FLOPS.sum();
    }

    /** Seconds spent in products since {@link #startCounting()}, transposes included. */
    public static double countedSeconds() {
        return COUNTED_NANOS.sum() / 1e9;
    }

    /** Runs a product of an m x k by a k x n matrix, adding its time and work to the counters. */
    private static void timed(Runnable product, int m, int k, int n) {
        long t0 = System.nanoTime();
        product.run();
        COUNTED_NANOS.add(System.nanoTime() - t0);
        COUNTED_FLOPS.add(2L * m * n * k);
    }

    private static Kernel chooseKernel() {
        // Without an FMA instruction the Vector API's fma runs lane by lane in BigDecimal.
        boolean vectors = !Boolean.getBoolean("wganlab.noVector") && FusedMultiplyAdd.IN_HARDWARE;
        if (!vectors || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return new JavaMatMul();
        try {
            return (Kernel) Class.forName("org.wganlab.autodiff.VectorMatMul").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return new JavaMatMul();
        }
    }

    /** Which kernel runs: "vector" or "java". */
    public static String kernelName() {
        return KERNEL instanceof JavaMatMul ? "java" : "vector";
    }

    /** Whether products fuse their multiply-adds with the CPU's instruction ({@code hardware}) or in doubles ({@code software}, the same floats, slower). */
    public static String fmaName() {
        return FusedMultiplyAdd.IN_HARDWARE ? "hardware" : "software";
    }

    /** Floats per vector of the vector kernel (the JVM's preferred species), or 1 for the plain-Java one. */
    public static int floatsPerVector() {
        return KERNEL.floatsPerVector();
    }

    /** The vector kernel's block shape and panels (what it would use: the plain-Java kernel has neither). */
    public static KernelTuning tuning() {
        return KERNEL.tuning();
    }

    /**
     * Whether the tuning changes anything for networks whose widest layer is this wide: only
     * the vector kernel's packed products (layers of {@link KernelTuning#PACKED_FROM_COLUMNS}
     * or more) have a block to choose.
     */
    public static boolean tuningMatters(int widestLayer) {
        return KERNEL.floatsPerVector() > 1 && widestLayer >= KernelTuning.PACKED_FROM_COLUMNS;
    }

    /** Runs the vector kernel with this block and panel size from the next product on; no effect on the plain-Java kernel. */
    public static void useTuning(KernelTuning t) {
        KERNEL.use(t);
    }

    /** C = A B. */
    public static void mult(Tensor a, Tensor b, Tensor c) {
        check(a.cols == b.rows && c.rows == a.rows && c.cols == b.cols, "mult", a, b, c);
        if (counting) timed(() -> multUncounted(a, b, c), a.rows, a.cols, b.cols);
        else multUncounted(a, b, c);
    }

    private static void multUncounted(Tensor a, Tensor b, Tensor c) {
        if (b.cols == 1) {
            // A column vector b is also a 1 x k row: dot products of A's rows with it.
            dots(a.data, b.data, c.data, a.rows, a.cols, 1);
            return;
        }
        if (b.cols <= DOT_ROWS) {
            // Too few columns to fill a vector: dot products with B's columns, laid out as rows.
            float[] bt = scratch(b.size());
            transpose(b.data, b.rows, b.cols, bt);
            dots(a.data, bt, c.data, a.rows, a.cols, b.cols);
            return;
        }
        run(a.data, a.cols, 1, b.data, c.data, a.rows, a.cols, b.cols);
    }

    /** C = A^T B. */
    public static void multTransA(Tensor a, Tensor b, Tensor c) {
        check(a.rows == b.rows && c.rows == a.cols && c.cols == b.cols, "multTransA", a, b, c);
        if (counting) timed(() -> multTransAUncounted(a, b, c), a.cols, a.rows, b.cols);
        else multTransAUncounted(a, b, c);
    }

    private static void multTransAUncounted(Tensor a, Tensor b, Tensor c) {
        if (b.cols == 1) {
            // A^T b (m x 1) has the layout of b^T A (1 x m): one row times a matrix, on the row kernel.
            run(b.data, b.rows, 1, a.data, c.data, 1, a.rows, a.cols);
            return;
        }
        if (b.cols <= DOT_ROWS) {
            // (A^T B)^T = B^T A has few rows and many columns: the row kernel's case; then transpose back.
            float[] ct = scratch(c.size());
            run(b.data, 1, b.cols, a.data, ct, b.cols, a.rows, a.cols);
            transpose(ct, b.cols, a.cols, c.data);
            return;
        }
        run(a.data, 1, a.cols, b.data, c.data, a.cols, a.rows, b.cols);
    }

    /** C = A B^T. B^T is written once into a per-thread scratch buffer: O(nk) next to O(mnk). */
    public static void multTransB(Tensor a, Tensor b, Tensor c) {
        check(a.cols == b.cols && c.rows == a.rows && c.cols == b.rows, "multTransB", a, b, c);
        if (counting) timed(() -> multTransBUncounted(a, b, c), a.rows, a.cols, b.rows);
        else multTransBUncounted(a, b, c);
    }

    private static void multTransBUncounted(Tensor a, Tensor b, Tensor c) {
        int n = b.rows;
        int k = b.cols;
        if (n <= DOT_ROWS) {
            dots(a.data, b.data, c.data, a.rows, k, n);
            return;
        }
        KernelTuning t = KERNEL.tuningFor(true); // one tuning for the test and the product
        if (PackedTransB.runs(t, a.rows, k, n)) {
            PackedTransB.mult(t, a.data, b.data, c.data, a.rows, k, n);
            return;
        }
        float[] bt = scratch(n * k);
        float[] src = b.data;
        final float[] dst = bt;
        long moves = 8L * n * k;
        if (Parallel.splits(n, TILE, moves)) Parallel.forRange(n, TILE, moves, (from, to) -> KERNEL.transpose(src, from, to, n, k, dst));
        else KERNEL.transpose(src, 0, n, n, k, dst);
        run(a.data, a.cols, 1, bt, c.data, a.rows, k, n);
    }

    private static final int TILE = 16;

    private static float[] scratch(int size) {
        float[] s = SCRATCH.get();
        if (s.length < size) {
            s = new float[size];
            SCRATCH.set(s);
        }
        return s;
    }

    private static void dots(float[] a, float[] b, float[] c, int m, int k, int n) {
        // Reading A counts too: a critic's output layer (n = 1) is a memory-bound pass over a
        // 512-wide batch's last hidden layer, whose rows the split leaves in the cache of the
        // core whose row split wrote them.
        long work = (long) m * k * (n + Parallel.ELEMENT_WORK);
        if (Parallel.splits(m, 4, work)) Parallel.forRange(m, 4, work, (from, to) -> KERNEL.dots(a, b, c, k, n, from, to));
        else KERNEL.dots(a, b, c, k, n, 0, m);
    }

    /** dst (cols x rows) = src (rows x cols)^T, in tiles so both sides stay in cache. */
    static void transpose(float[] src, int rows, int cols, float[] dst) {
        JavaMatMul.transposeTiles(src, 0, rows, rows, cols, dst);
    }

    private static void run(float[] a, int si, int sk, float[] b, float[] c, int m, int k, int n) {
        run(a, si, sk, b, null, false, c, m, k, n);
    }

    private static void run(float[] a, int si, int sk, float[] b, float[] bias, boolean relu, float[] c, int m, int k, int n) {
        // Writing C counts too: with k of 1 or 2 (a first layer, an outer product) the product is
        // a memory-bound pass over m x n outputs, worth splitting once it is large.
        long work = (long) m * n * (k + Parallel.ELEMENT_WORK);
        KernelTuning t = KERNEL.tuningFor(sk == 1); // one tuning for the packing and every split
        int grain = KERNEL.rowGrain(t);
        if (sk == 1 && ColumnSplit.runs(t, m, k, n, work)) {
            ColumnSplit.mult(t, a, si, b, bias, relu, c, m, k, n, work);
        } else if (Parallel.splits(m, grain, work)) {
            float[] packedB = packShared(t, b, k, n);
            Parallel.forRange(m, grain, work, (from, to) -> KERNEL.multPacked(t, packedB, a, si, sk, b, bias, relu, c, k, n, from, to));
        } else {
            KERNEL.mult(a, si, sk, b, bias, relu, c, k, n, 0, m);
        }
    }

    /**
     * B packed once for every row split of a product, its column blocks split across the
     * threads as well: packed by the caller alone, a 512-wide B kept the other core waiting
     * for a tenth of the product's time.
     */
    private static float[] packShared(KernelTuning t, float[] b, int k, int n) {
        float[] bp = KERNEL.packedBBuffer(t, k, n);
        if (bp == null) return null;
        int blocks = KERNEL.packedBBlocks(t, n);
        long moves = Parallel.ELEMENT_WORK * k * n;
        if (Parallel.splits(blocks, 1, moves)) Parallel.forRange(blocks, 1, moves, (from, to) -> KERNEL.packBBlocks(t, b, k, n, bp, from, to));
        else KERNEL.packBBlocks(t, b, k, n, bp, 0, blocks);
        return bp;
    }

    /** C = A B + bias, the bias (1 x n) added to every row: a layer's forward in one pass. */
    public static void multAddRow(Tensor a, Tensor b, Tensor bias, Tensor c) {
        multAddRow(a, b, bias, false, c);
    }

    /** C = max(0, A B + bias): a ReLU layer's forward in one pass. */
    public static void multAddRowRelu(Tensor a, Tensor b, Tensor bias, Tensor c) {
        multAddRow(a, b, bias, true, c);
    }

    private static void multAddRow(Tensor a, Tensor b, Tensor bias, boolean relu, Tensor c) {
        check(a.cols == b.rows && c.rows == a.rows && c.cols == b.cols && bias.rows == 1 && bias.cols == b.cols, "multAddRow", a, b, c);
        if (counting) timed(() -> multAddRowUncounted(a, b, bias, relu, c), a.rows, a.cols, b.cols);
        else multAddRowUncounted(a, b, bias, relu, c);
    }

    private static void multAddRowUncounted(Tensor a, Tensor b, Tensor bias, boolean relu, Tensor c) {
        if (b.cols <= DOT_ROWS) {
            // Narrow outputs (a critic's 1, a generator's 2) keep their dot-product path; the bias follows.
            multUncounted(a, b, c);
            int n = c.cols;
            float[] cd = c.data;
            for (int r = 0; r < c.rows; r++) {
                for (int j = 0; j < n; j++) {
                    float v = cd[r * n + j] + bias.data[j];
                    cd[r * n + j] = relu ? Math.max(v, 0f) : v;
                }
            }
            return;
        }
        run(a.data, a.cols, 1, b.data, bias.data, relu, c.data, a.rows, a.cols, b.cols);
    }

    private static void check(boolean ok, String what, Tensor a, Tensor b, Tensor c) {
        if (!ok) {
            throw new IllegalArgumentException(what + ": incompatible shapes " + a.shape() + ", " + b.shape() + " -> " + c.shape());
        }
    }
}
