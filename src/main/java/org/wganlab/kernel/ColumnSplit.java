package org.wganlab.kernel;

/**
 * Products split across threads by blocks of C's columns instead of by rows: each thread packs
 * its own blocks of B into its own buffer and runs every row of A against them while they are
 * still in its cache. Split by rows, every thread read all of B, packed once for both and half
 * of it by the other core, whose cache then had to hand those lines over; and the packing was
 * a hand-off of its own before the product's. A row-major A is read in place either way. A^T
 * would be packed again for every block of columns, so those products keep the row split, and
 * so do the ones whose A is the larger operand ({@link #runs}).
 *
 * <p>Every element is still computed by one thread with the same arithmetic, so the result is
 * the same, bit for bit, as split by rows or not split at all.
 */
final class ColumnSplit {
    private final ProductKernel kernel;
    /** Off ({@link KernelOptions#columnSplit}) every product splits by rows: for measuring against. */
    private final boolean enabled;

    ColumnSplit(ProductKernel kernel, boolean enabled) {
        this.kernel = kernel;
        this.enabled = enabled;
    }

    /**
     * Whether C = A B (m x k by k x n) of this much work runs split by column blocks of tuning t
     * on the calling thread's threads: it {@link #can}, and A has fewer rows than B has columns.
     * Where A is the larger (a 512-wide critic's 512-row batch), the row split's other gain
     * weighs more: each core finds the rows of A it wrote in the product before (measured in
     * training at width 512 on two threads: splitting those by columns too gained nothing;
     * splitting only the generator's, whose batch has fewer rows, did).
     */
    boolean runs(KernelTuning t, int m, int k, int n, long work) {
        return m < n && can(t, m, k, n, work);
    }

    /**
     * Whether C = A B^T runs split by column blocks: wherever it {@link #can}. Its B is packed
     * from B^T's rows by gathers, dearer than a copy, and split by rows each core read the
     * other's half of them (measured as for {@link #runs}: faster split by columns at any rows).
     */
    boolean runsTransB(KernelTuning t, int m, int k, int n, long work) {
        return can(t, m, k, n, work);
    }

    /**
     * Whether the product can split by column blocks: the kernel packs it, it has whole row
     * blocks to run against them, and there are column blocks for more than one thread.
     */
    private boolean can(KernelTuning t, int m, int k, int n, long work) {
        return enabled && m >= kernel.rowGrain(t) && kernel.packedBBuffer(t, k, n) != null && Parallel.splits(kernel.packedBBlocks(t, n), 1, work);
    }

    /** C = A B (+ bias, through ReLU when relu), A row-major with rows si apart; only where {@link #runs} says so. */
    void mult(KernelTuning t, float[] a, int si, float[] b, float[] bias, boolean relu, float[] c, int m, int k, int n, long work) {
        int blocks = kernel.packedBBlocks(t, n), w = t.shape().vectors * kernel.floatsPerVector();
        Parallel.forRange(blocks, 1, work, (from, to) -> {
            float[] bp = kernel.packedBBuffer(t, k, n); // this thread's
            kernel.packBBlocks(t, b, k, n, bp, from, to);
            kernel.multPackedColumns(t, bp, a, si, 1, b, bias, relu, c, k, n, 0, m, from * w, columnEnd(to, blocks, w, n));
        });
    }

    /**
     * C = A B^T, src = B^T (n x k), each thread's blocks packed straight from src's rows; only
     * where {@link #runsTransB} and {@link PackedTransB#runs} both say so (no edges: B is never read unpacked).
     */
    void multTransB(KernelTuning t, float[] a, float[] src, float[] c, int m, int k, int n, long work) {
        int w = t.shape().vectors * kernel.floatsPerVector();
        int blocks = kernel.packedBBlocks(t, n);
        Parallel.forRange(blocks, 1, work, (from, to) -> {
            float[] bp = kernel.packedBBuffer(t, k, n);
            kernel.packBFromTransposed(t, src, k, n, bp, from, to);
            kernel.multPackedColumns(t, bp, a, k, 1, null, null, false, c, k, n, 0, m, from * w, columnEnd(to, blocks, w, n));
        });
    }

    /** Where a range of column blocks ending at block {@code to} ends in C: the last range takes the scalar columns after the blocks too. */
    private static int columnEnd(int to, int blocks, int w, int n) {
        return to == blocks ? n : to * w;
    }
}
