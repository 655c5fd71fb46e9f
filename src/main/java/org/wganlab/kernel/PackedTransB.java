package org.wganlab.kernel;

/**
 * C = A B^T with B packed straight from B^T's rows, one gather per vector: a backward pass's
 * product with a weight matrix. Transposing B^T out and then copying it into the packed blocks
 * read and wrote every value twice; on two threads that cost the product a seventh of its time.
 * Every block shape takes this path, also one whose blocks leave columns or rows over (their
 * padded block is packed from B^T too); only scalar columns and products of fewer rows than a
 * band, which read B itself, transpose first.
 */
final class PackedTransB {
    private final ProductKernel kernel;
    private final ColumnSplit columnSplit;
    /** Off ({@link KernelOptions#packFromTransposed}) B^T is transposed out first: for measuring against. */
    private final boolean packFromTransposed;

    PackedTransB(ProductKernel kernel, ColumnSplit columnSplit, boolean packFromTransposed) {
        this.kernel = kernel;
        this.columnSplit = columnSplit;
        this.packFromTransposed = packFromTransposed;
    }

    /**
     * Whether A B^T (m x k times (n x k)^T) runs entirely in packed blocks of tuning t: the
     * kernel packs it, B has no scalar columns and A at least one band of rows (the scalar
     * columns and a product of fewer rows than a band read B itself). Columns and rows short of
     * a block run padded ({@link PaddedBlocks}), B's padded block packed from B^T with the rest.
     */
    boolean runs(KernelTuning t, int m, int k, int n) {
        return packFromTransposed && kernel.packedBBuffer(t, k, n) != null && n % kernel.floatsPerVector() == 0 && m >= kernel.rowGrain(t);
    }

    /**
     * C = A B^T, src = B^T (n x k), in t's packed blocks; only where {@link #runs} says so.
     * packed is B as the step packed it already ({@link PackedWeights}), or null.
     */
    void mult(KernelTuning t, float[] a, float[] src, float[] packed, float[] c, int m, int k, int n) {
        long work = (long) m * n * (k + Parallel.ELEMENT_WORK);
        if (columnSplit.runsTransB(t, m, k, n, work)) {
            columnSplit.multTransB(t, a, src, c, m, k, n, work);
            return;
        }
        // Here unsplit, or (only with the column split off: ColumnSplit takes every product
        // that could split) split by rows, B packed once for both threads.
        float[] bp = packed != null ? packed : kernel.packedBBuffer(t, k, n);
        if (packed == null) Products.packBlocks(kernel.packedBBlocks(t, n), k, n, (from, to) -> kernel.packBFromTransposed(t, src, k, n, bp, from, to));
        int grain = kernel.rowGrain(t);
        // No edges: B^T is never read unpacked, so none is passed. Split only into chunks of
        // whole bands (a chunk of fewer rows than a band would run as edges).
        if (m % grain == 0 && Parallel.splits(m, grain, work)) Parallel.forRange(m, grain, work, (from, to) -> kernel.multPacked(t, bp, a, k, 1, null, null, false, c, k, n, from, to));
        else kernel.multPacked(t, bp, a, k, 1, null, null, false, c, k, n, 0, m);
    }
}
