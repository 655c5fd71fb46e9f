package org.wganlab.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Weight matrices packed once for a training step, in the blocks the product kernel reads B
 * in: as B for the forward products, and as B = W^T for the backward's {@code g W^T}.
 *
 * <p>Within a step the weights do not change, yet every product with one packs it again: each
 * part of the batch, each forward (the batch, the penalty's interpolates) and each backward
 * (the loss's, the penalty's double one). Packed once before the parts start, on both threads,
 * the products read the packed copy instead. The blocks are the ones the products would have
 * packed for themselves, so the floats are the same.
 *
 * <p>A set is valid from {@link #pack} until its weights change; the step that packed it makes
 * it the current set of each thread that runs a part ({@link #activate}), and only there do
 * products look it up. Outside an active set (evaluations, views, tests) nothing changes.
 */
public final class PackedWeights {
    private static final ThreadScoped<PackedWeights> CURRENT = new ThreadScoped<>(() -> null);

    private final Products products;
    private final List<Entry> entries = new ArrayList<>();
    /** The tuning the entries were packed with; a product under another reads its operands itself. */
    private volatile KernelTuning packedWith;

    private static final class Entry {
        final float[] source;
        final int rows, cols;
        final boolean transposedToo;
        float[] asB, asTransposed;

        Entry(float[] source, int rows, int cols, boolean transposedToo) {
            this.source = source;
            this.rows = rows;
            this.cols = cols;
            this.transposedToo = transposedToo;
        }
    }

    public PackedWeights(Products products) {
        this.products = products;
    }

    /**
     * Adds a weight (rows x cols, row-major), packed as B and, when the step runs a backward
     * through it, as B = W^T too. Its array must stay the same while the set is in use.
     */
    public PackedWeights add(float[] weight, int rows, int cols, boolean transposedToo) {
        if (weight.length != rows * cols) throw new IllegalArgumentException("a " + rows + " x " + cols + " weight holds " + rows * cols + " values, not " + weight.length);
        entries.add(new Entry(weight, rows, cols, transposedToo));
        return this;
    }

    /** Packs every weight as it is now, with the products' current tuning, splitting the work across the threads. */
    public void pack() {
        long t0 = Breakdown.counts() ? System.nanoTime() : 0, waited0 = Breakdown.waitedOutsideProducts();
        KernelTuning t = products.tuningFor(true);
        ProductKernel kernel = products.kernel();
        packedWith = null;
        for (Entry e : entries) {
            e.asB = packInto(kernel, t, e.asB, e.rows, e.cols, (from, to, bp) -> kernel.packBBlocks(t, e.source, e.rows, e.cols, bp, from, to));
            e.asTransposed = !e.transposedToo || e.rows % kernel.floatsPerVector() != 0 ? null
                    : packInto(kernel, t, e.asTransposed, e.cols, e.rows, (from, to, bp) -> kernel.packBFromTransposed(t, e.source, e.cols, e.rows, bp, from, to));
        }
        packedWith = t;
        // The split's waits for the other thread stay under waiting, so that no time counts twice.
        if (t0 != 0) Breakdown.add(Breakdown.Phase.PACKING, System.nanoTime() - t0 - (Breakdown.waitedOutsideProducts() - waited0));
    }

    private interface BlockPacker {
        void pack(int from, int to, float[] bp);
    }

    /** B (k x n) packed into buf (grown when too small), or null when the kernel reads such a B unpacked. */
    private static float[] packInto(ProductKernel kernel, KernelTuning t, float[] buf, int k, int n, BlockPacker packer) {
        int size = kernel.packedBSize(t, k, n);
        if (size == 0) return null;
        float[] bp = buf != null && buf.length >= size ? buf : new float[size];
        Products.packBlocks(kernel.packedBBlocks(t, n), k, n, (from, to) -> packer.pack(from, to, bp));
        return bp;
    }

    /** Makes this set the calling thread's until the returned scope closes (a part of the step that packed it). */
    public ThreadScoped.Scope activate() {
        return CURRENT.enter(this);
    }

    /**
     * The calling thread's packed copy of b for a product under tuning t: b as the k x n B when
     * not transposed, else b = B^T (n x k); null when there is none.
     */
    static float[] lookup(Products owner, float[] b, boolean transposed, KernelTuning t, int k, int n) {
        PackedWeights set = CURRENT.get();
        if (set == null || set.products != owner || set.packedWith != t) return null;
        for (Entry e : set.entries) {
            if (e.source != b) continue;
            if (transposed) return e.cols == k && e.rows == n ? e.asTransposed : null;
            return e.rows == k && e.cols == n ? e.asB : null;
        }
        return null;
    }
}
