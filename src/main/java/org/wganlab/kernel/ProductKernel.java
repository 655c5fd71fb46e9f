package org.wganlab.kernel;

/**
 * One implementation of the matrix products: the Vector API's register blocks
 * ({@link VectorMatMul}) or plain Java ({@link JavaMatMul}). It holds no state: the tuning
 * (block shape and panels) comes with every call, so a probe times candidates beside a run
 * that keeps its own. A(i,k) = a[i * si + k * sk]: one kernel covers A and A^T.
 */
interface ProductKernel {
    /**
     * Rows [rowFrom, rowTo) of C = A B (+ the row bias, when not null: the accumulators start
     * from it), through max(0, .) when relu is set: a ReLU layer's forward in one pass.
     */
    void mult(KernelTuning t, float[] a, int si, int sk, float[] b, float[] bias, boolean relu, float[] c, int k, int n, int rowFrom, int rowTo);

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

    /** Floats {@link #packB}'s result takes for this product, or 0 when the kernel does not pack it. */
    default int packedBSize(KernelTuning t, int k, int n) {
        return 0;
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

    /** {@link #mult} reading B from {@link #packB}'s result for the same tuning (null: as mult). */
    default void multPacked(KernelTuning t, float[] packedB, float[] a, int si, int sk, float[] b, float[] bias, boolean relu, float[] c, int k, int n, int rowFrom, int rowTo) {
        mult(t, a, si, sk, b, bias, relu, c, k, n, rowFrom, rowTo);
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
}
