package org.wganlab.autodiff;

/**
 * C = A B^T with B packed straight from B^T's rows, one gather per vector: a backward pass's
 * product with a weight matrix. Transposing B^T out and then copying it into the packed blocks
 * read and wrote every value twice; on two threads that cost the product a seventh of its time.
 * Only where the packed blocks cover the whole product: the leftover columns' padded blocks
 * ({@link PaddedBlocks}) and the unpacked edges read B itself.
 */
final class PackedTransB {
    private PackedTransB() {
    }

    /** For measuring: -Dwganlab.transposeThenPack=true transposes B^T out first, as before. */
    static volatile boolean packFromTransposed = !Boolean.getBoolean("wganlab.transposeThenPack");

    /**
     * Whether A B^T (m x k times (n x k)^T) runs entirely in packed blocks of tuning t: the
     * kernel packs it, and no row or column is left over (those read B itself).
     */
    static boolean runs(KernelTuning t, int m, int k, int n) {
        MatMul.Kernel kernel = MatMul.kernel();
        int w = t.shape().vectors * kernel.floatsPerVector();
        return packFromTransposed && kernel.packedBBuffer(t, k, n) != null && n % w == 0 && m % kernel.rowGrain(t) == 0;
    }

    /** C = A B^T, src = B^T (n x k), in t's packed blocks; only where {@link #runs} says so. */
    static void mult(KernelTuning t, float[] a, float[] src, float[] c, int m, int k, int n) {
        long work = (long) m * n * (k + Parallel.ELEMENT_WORK);
        if (ColumnSplit.runsTransB(t, m, k, n, work)) {
            ColumnSplit.multTransB(t, a, src, c, m, k, n, work);
            return;
        }
        // Here unsplit, or (only with -Dwganlab.rowSplit=true: ColumnSplit takes every product
        // that could split) split by rows, B packed once for both threads.
        MatMul.Kernel kernel = MatMul.kernel();
        float[] bp = kernel.packedBBuffer(t, k, n);
        int blocks = kernel.packedBBlocks(t, n);
        long moves = Parallel.ELEMENT_WORK * k * n;
        if (Parallel.splits(blocks, 1, moves)) Parallel.forRange(blocks, 1, moves, (from, to) -> kernel.packBFromTransposed(t, src, k, n, bp, from, to));
        else kernel.packBFromTransposed(t, src, k, n, bp, 0, blocks);
        int grain = kernel.rowGrain(t); // chunks of whole bands of t's blocks: no edges
        // No edges (runs): B^T is never read unpacked, so none is passed.
        if (Parallel.splits(m, grain, work)) Parallel.forRange(m, grain, work, (from, to) -> kernel.multPacked(t, bp, a, k, 1, null, null, false, c, k, n, from, to));
        else kernel.multPacked(t, bp, a, k, 1, null, null, false, c, k, n, 0, m);
    }
}
