package org.wganlab.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Register-blocked product kernel on the Vector API: a block of C (its shape chosen per CPU,
 * {@link BlockShape}) is held in accumulators while k runs, so each loaded B vector feeds a
 * row's worth of fused multiply-adds. Every element is accumulated over k in order with FMA,
 * exactly as {@link JavaMatMul} does, so both kernels, every block shape and every row split
 * give identical results.
 */
final class VectorMatMul implements ProductKernel {
    private static final VectorSpecies<Float> S = VectorBlocks.S;
    private static final int L = VectorBlocks.L;

    @Override
    public int floatsPerVector() {
        return L;
    }

    @Override
    public int rowGrain(KernelTuning t) {
        int rows = t.shape().rows; // whole bands for the packed blocks and for the unpacked 8-row ones
        return rows % 8 == 0 ? rows : rows % 4 == 0 ? 2 * rows : 4 * rows;
    }

    /** Below this k the products run unpacked (a first layer's k of 2, an outer product's 1). */
    static final int PACK_MIN_K = 16;
    /** Below this many vector columns too ({@link KernelTuning#PACKED_FROM_COLUMNS}). */
    static final int PACK_MIN_COLUMNS = KernelTuning.PACKED_FROM_COLUMNS;

    /** Per thread: A's band and B's panel packed for the blocks (grown, never shrunk: no allocation once warm). */
    private static final ThreadLocal<float[][]> PACKED = ThreadLocal.withInitial(() -> new float[][] {new float[0], new float[0]});

    /**
     * C = A B over rows [rowFrom, rowTo), in stretches of k (C holds the sums between them).
     * B is packed one column panel at a time, block by block; then each block of B, held in L1
     * beside one band of A, meets every band streaming from L2. B is read in order from
     * contiguous memory: unpacked, its rows a power of two apart all fell into the same few L1
     * sets. A row-major A is read where it is, each band's rows side by side along k (packing it
     * cost a scattered write per value, more than it saved); A^T's bands are packed, k-major,
     * each k a contiguous copy. Small products run unpacked.
     */
    @Override
    public void mult(KernelTuning t, float[] a, int si, int sk, float[] b, float[] bias, boolean relu, float[] c, int k, int n, int rowFrom, int rowTo) {
        multPacked(t.forA(sk == 1), null, a, si, sk, b, bias, relu, c, k, n, rowFrom, rowTo);
    }

    /** Whether a product with this k and these whole-vector columns runs packed: enough reuse per value to pay for copying it. */
    private static boolean packs(int k, int nv) {
        return k >= PACK_MIN_K && nv >= PACK_MIN_COLUMNS;
    }

    /** Per thread: B packed whole for the row splits of one product ({@link #packB}). */
    private static final ThreadLocal<float[][]> SHARED_B = ThreadLocal.withInitial(() -> new float[][] {new float[0]});

    @Override
    public int packedBSize(KernelTuning t, int k, int n) {
        return packs(k, n - n % L) ? k * packedBBlocks(t, n) * t.shape().vectors * L : 0;
    }

    @Override
    public float[] packedBBuffer(KernelTuning t, int k, int n) {
        int size = packedBSize(t, k, n);
        if (size == 0) return null;
        float[][] shared = SHARED_B.get();
        if (shared[0].length < size) shared[0] = new float[size];
        return shared[0];
    }

    /**
     * The blocks of w columns over B's whole vectors, the last one padded with zero columns when
     * w does not divide them ({@link PaddedBlocks}): packed once with the rest, it serves every
     * row split and column split of the product, and A B^T packs it from B^T's rows as well.
     */
    @Override
    public int packedBBlocks(KernelTuning t, int n) {
        int w = t.shape().vectors * L;
        return packedColumns(n, w) / w;
    }

    /** Columns of B packed whole in blocks w wide, the padding included: one stretch of k's row of blocks. */
    static int packedColumns(int n, int w) {
        return (n - n % L + w - 1) / w * w;
    }

    /** Every stretch of k, blocks [from, to) of w columns, laid out so block j of stretch k0 starts at k0 * nb + kc * j * w. */
    @Override
    public void packBBlocks(KernelTuning t, float[] b, int k, int n, float[] bp, int from, int to) {
        int w = t.shape().vectors * L, nb = packedColumns(n, w), kStretch = t.kStretch(), nv = n - n % L;
        int whole = Math.min(to, nv / w);
        for (int k0 = 0; k0 < k; k0 += kStretch) {
            int kc = Math.min(k, k0 + kStretch) - k0;
            packBInto(bp, k0 * nb + kc * from * w, b, n, k0, kc, from * w, whole * w, w);
            if (to > whole) PaddedBlocks.padInto(bp, k0 * nb + kc * whole * w, b, n, k0, kc, w, whole * w, nv);
        }
    }

    @Override
    public void packBFromTransposed(KernelTuning t, float[] src, int k, int n, float[] bp, int from, int to) {
        VectorGathers.packBFromTransposed(t, src, k, n, bp, from, to);
    }

    @Override
    public void multPacked(KernelTuning t, float[] packedB, float[] a, int si, int sk, float[] b, float[] bias, boolean relu, float[] c, int k, int n, int rowFrom, int rowTo) {
        multPackedColumns(t, packedB, a, si, sk, b, bias, relu, c, k, n, rowFrom, rowTo, 0, n);
    }

    @Override
    public void multPackedColumns(KernelTuning t, float[] packedB, float[] a, int si, int sk, float[] b, float[] bias, boolean relu, float[] c,
            int k, int n, int rowFrom, int rowTo, int colFrom, int colTo) {
        BlockShape shape = sk == 1 ? t.shape() : t.packedShape(); // one shape when t came through forA, as B's packing did
        int w = shape.vectors * L, nv = n - n % L, rows = shape.rows, np = packedColumns(n, w);
        int vEnd = Math.min(colTo, nv); // the vector columns of this range; scalar ones follow only in the last range
        if (!packs(k, nv)) {
            for (int i = rowFrom; i < rowTo && colFrom < vEnd; i += 8) { // each band clamped while it is in L1
                int end = Math.min(rowTo, i + 8);
                edges(a, si, sk, b, bias, c, k, n, i, end, colFrom, vEnd);
                if (relu) clampBelowAtZero(c, n, i, end, colFrom, vEnd);
            }
            if (vEnd < colTo) scalarColumns(a, si, sk, b, bias, relu, c, k, n, rowFrom, rowTo, Math.max(colFrom, nv), colTo);
            return;
        }
        int bandsEnd = rowFrom + (rowTo - rowFrom) / rows * rows, kStretch = t.kStretch();
        int left = bandsEnd > rowFrom ? rowTo - bandsEnd : 0;
        float[] lt = left == 0 ? null : PaddedBlocks.leftoverTile(rows, n);
        float[][] packed = PACKED.get();
        int panel = Math.max(w, t.panelBytes() / (4 * Math.min(k, kStretch)) / w * w);
        // With no whole band (a product of fewer rows than a block's) everything is edges: nothing to pack.
        for (int k0 = 0; k0 < k && bandsEnd > rowFrom; k0 += kStretch) {
            int kc = Math.min(k, k0 + kStretch) - k0;
            // The first stretch's blocks start from the bias (every row the same) or zero; later ones from C.
            float[] start = k0 > 0 ? c : bias != null ? bias : zeros(n);
            int startStride = k0 > 0 ? n : 0;
            // A row-major A is read in place (VectorRowBlocks); A^T's bands are packed, k-major.
            float[] ap = sk == 1 ? null : packA(packed, a, sk, rowFrom, bandsEnd, rows, k0, kc);
            // The rows short of a band, padded to one, into a tile of C's rows (PaddedBlocks).
            float[] lb = left == 0 ? null : PaddedBlocks.leftoverBand(a, si, sk, bandsEnd, left, rows, k0, kc);
            float[] lst = k0 > 0 ? lt : start;
            for (int j0 = colFrom; j0 < vEnd; j0 += panel) {
                int blocked = blockedEnd(j0, Math.min(vEnd, j0 + panel), w);
                // Unsplit, B is packed panel by panel, each just before its blocks read it (still in L2).
                float[] bp = packedB != null ? packedB : packB(packed, b, n, k0, kc, j0, blocked, w);
                int bBase = packedB != null ? k0 * np + kc * j0 : 0;
                if (ap == null) rowBlocks(shape, a, si, k0, bp, bBase, start, startStride, c, kc, n, rowFrom, bandsEnd, j0, blocked);
                else blocks(shape, ap, bp, bBase, start, startStride, c, kc, n, rowFrom, bandsEnd, j0, blocked);
                if (lb != null && sk == 1) rowBlocks(shape, lb, kc, 0, bp, bBase, lst, startStride, lt, kc, n, 0, rows, j0, blocked);
                else if (lb != null) blocks(shape, lb, bp, bBase, lst, startStride, lt, kc, n, 0, rows, j0, blocked);
            }
            // Columns short of a whole block: the same blocks over B padded with zeros, packed
            // with the rest when B was packed for the whole product (the only way when B came
            // from B^T's rows: then there is no b to read).
            int blocked = blockedEnd(colFrom, vEnd, w);
            if (blocked < vEnd) {
                float[] pb = packedB != null ? packedB : PaddedBlocks.paddedB(b, n, k0, kc, w, blocked, vEnd);
                int pBase = packedB != null ? k0 * np + kc * blocked : 0;
                PaddedBlocks.run(shape, w, a, si, k0, ap, pb, pBase, kc, start, startStride, c, n, rowFrom, bandsEnd, blocked, vEnd);
                if (lb != null) PaddedBlocks.run(shape, w, lb, kc, 0, sk == 1 ? null : lb, pb, pBase, kc, lst, startStride, lt, n, 0, rows, blocked, vEnd);
            }
        }
        for (int r = 0; r < left; r++) System.arraycopy(lt, r * n + colFrom, c, (bandsEnd + r) * n + colFrom, vEnd - colFrom);
        for (int j0 = colFrom; j0 < vEnd; j0 += panel) {
            int j1 = Math.min(vEnd, j0 + panel);
            // Fewer rows than a band: nothing was packed, all are edges.
            if (bandsEnd == rowFrom) edges(a, si, sk, b, bias, c, k, n, rowFrom, rowTo, j0, j1);
            if (relu) clampBelowAtZero(c, n, rowFrom, rowTo, j0, j1);
        }
        if (vEnd < colTo) scalarColumns(a, si, sk, b, bias, relu, c, k, n, rowFrom, rowTo, Math.max(colFrom, nv), colTo);
    }

    /** The end of the whole blocks of w columns from j0 before j1. */
    private static int blockedEnd(int j0, int j1, int w) {
        return j0 + (j1 - j0) / w * w;
    }

    /** Never written: where the first stretch's blocks of a product without a bias start. */
    private static volatile float[] zeros = new float[0];

    /** At least n zeros. */
    private static float[] zeros(int n) {
        float[] z = zeros;
        if (z.length < n) zeros = z = new float[n];
        return z;
    }

    /** B rows [k0, k0 + kc), columns [j0, j1) as blocks of w columns, each kc x w row by row. */
    private static float[] packB(float[][] packed, float[] b, int n, int k0, int kc, int j0, int j1, int w) {
        int size = kc * (j1 - j0);
        if (packed[1].length < size) packed[1] = new float[size];
        packBInto(packed[1], 0, b, n, k0, kc, j0, j1, w);
        return packed[1];
    }

    /** The same blocks written into bp from offset o on. */
    private static void packBInto(float[] bp, int o, float[] b, int n, int k0, int kc, int j0, int j1, int w) {
        for (int j = j0; j < j1; j += w) {
            for (int kk = k0, end = k0 + kc; kk < end; kk++, o += w) System.arraycopy(b, kk * n + j, bp, o, w);
        }
    }

    /**
     * A^T's rows [from, to) (whole bands), k in [k0, k0 + kc), A^T(i, k) = a[i + k * sk]: band
     * after band, k-major (rows values per k). A band's values for one k lie side by side in a,
     * so each k is a copy of whole vectors of the kernel's own species; a copy may run past
     * the band's rows into the next k's place, which that k then overwrites (the buffer has a
     * vector's room past the end). Narrower or masked copies, which would not overrun, made
     * every block of the step after them run many times slower (AMD EPYC, AVX-512, JDK 17).
     */
    private static float[] packA(float[][] packed, float[] a, int sk, int from, int to, int rows, int k0, int kc) {
        int size = (to - from) * kc, span = (rows + L - 1) / L * L;
        if (packed[0].length < size + span) packed[0] = new float[size + span];
        float[] ap = packed[0];
        int i = from, band = 0, bandSize = rows * kc;
        int group = rows < L && L % rows == 0 ? L / rows : 1;
        if (group > 1) {
            for (; i + group * rows <= to && (k0 + kc - 1) * sk + i + L <= a.length; i += group * rows, band += group * bandSize) packGroup(ap, band, a, sk, i, rows, group, k0, kc);
        }
        for (; i < to; i += rows, band += bandSize) {
            for (int kk = 0, o = band, src = i + k0 * sk; kk < kc; kk++, o += rows, src += sk) {
                if (src + span <= a.length) {
                    for (int r = 0; r < rows; r += L) FloatVector.fromArray(S, a, src + r).intoArray(ap, o + r);
                } else {
                    for (int r = 0; r < rows; r++) ap[o + r] = a[src + r];
                }
            }
        }
        return ap;
    }

    /**
     * The group bands a vector spans (rows dividing L), k by k: their loads of one k share the
     * cache lines, where band after band walked all of k's rows of a once per band (a quarter
     * to a third faster, 128 x 512 alone). A copy's overrun lands in its own band's next k; the
     * last ones, whose overrun would reach the next band's first k, already written, are exact.
     */
    private static void packGroup(float[] ap, int band, float[] a, int sk, int i, int rows, int group, int k0, int kc) {
        int bandSize = rows * kc, exactFrom = Math.max(0, kc - (group - 1));
        for (int kk = 0, src = i + k0 * sk; kk < exactFrom; kk++, src += sk) {
            for (int q = 0, o = band + kk * rows; q < group; q++, o += bandSize) FloatVector.fromArray(S, a, src + q * rows).intoArray(ap, o);
        }
        for (int kk = exactFrom, src = i + (k0 + exactFrom) * sk; kk < kc; kk++, src += sk) {
            for (int q = 0, o = band + kk * rows; q < group; q++, o += bandSize) System.arraycopy(a, src + q * rows, ap, o, rows);
        }
    }

    /**
     * Every block of the packed panel against every packed band: the block outside, so it stays
     * in L1 while the bands stream past. Block (i, j) starts from start[j + i * startStride].
     */
    static void blocks(BlockShape shape, float[] ap, float[] bp, int bBase, float[] st, int ss, float[] c, int kc, int n, int rowFrom, int bandsEnd, int j0, int blocked) {
        int rows = shape.rows, w = shape.vectors * L, bandSize = rows * kc, blockSize = kc * w;
        for (int j = j0, bo = bBase; j < blocked; j += w, bo += blockSize) {
            switch (shape) {
                case R8X2 -> { for (int i = rowFrom, ao = 0; i < bandsEnd; i += rows, ao += bandSize) VectorBlocks.block8x2(ap, ao, bp, bo, st, j + i * ss, ss, c, kc, n, i, j); }
                case R6X2 -> { for (int i = rowFrom, ao = 0; i < bandsEnd; i += rows, ao += bandSize) VectorBlocks.block6x2(ap, ao, bp, bo, st, j + i * ss, ss, c, kc, n, i, j); }
                case R4X3 -> { for (int i = rowFrom, ao = 0; i < bandsEnd; i += rows, ao += bandSize) VectorBlocks.block4x3(ap, ao, bp, bo, st, j + i * ss, ss, c, kc, n, i, j); }
                case R12X2 -> { for (int i = rowFrom, ao = 0; i < bandsEnd; i += rows, ao += bandSize) VectorBlocks.block12x2(ap, ao, bp, bo, st, j + i * ss, ss, c, kc, n, i, j); }
                case R8X3 -> { for (int i = rowFrom, ao = 0; i < bandsEnd; i += rows, ao += bandSize) VectorBlocks.block8x3(ap, ao, bp, bo, st, j + i * ss, ss, c, kc, n, i, j); }
                case R4X4 -> { for (int i = rowFrom, ao = 0; i < bandsEnd; i += rows, ao += bandSize) VectorWideBlocks.block4x4(ap, ao, bp, bo, st, j + i * ss, ss, c, kc, n, i, j); }
                case R6X4 -> { for (int i = rowFrom, ao = 0; i < bandsEnd; i += rows, ao += bandSize) VectorWideBlocks.block6x4(ap, ao, bp, bo, st, j + i * ss, ss, c, kc, n, i, j); }
            }
        }
    }

    /** The same with a row-major A read in place: band i starts at a[i * si + k0]. */
    static void rowBlocks(BlockShape shape, float[] a, int si, int k0, float[] bp, int bBase, float[] st, int ss, float[] c, int kc, int n, int rowFrom, int bandsEnd, int j0, int blocked) {
        int rows = shape.rows, w = shape.vectors * L, blockSize = kc * w;
        for (int j = j0, bo = bBase; j < blocked; j += w, bo += blockSize) {
            switch (shape) {
                case R8X2 -> { for (int i = rowFrom; i < bandsEnd; i += rows) VectorRowBlocks.block8x2(a, i * si + k0, si, bp, bo, st, j + i * ss, ss, c, kc, n, i, j); }
                case R6X2 -> { for (int i = rowFrom; i < bandsEnd; i += rows) VectorRowBlocks.block6x2(a, i * si + k0, si, bp, bo, st, j + i * ss, ss, c, kc, n, i, j); }
                case R4X3 -> { for (int i = rowFrom; i < bandsEnd; i += rows) VectorRowBlocks.block4x3(a, i * si + k0, si, bp, bo, st, j + i * ss, ss, c, kc, n, i, j); }
                case R12X2 -> { for (int i = rowFrom; i < bandsEnd; i += rows) VectorRowBlocks.block12x2(a, i * si + k0, si, bp, bo, st, j + i * ss, ss, c, kc, n, i, j); }
                case R8X3 -> { for (int i = rowFrom; i < bandsEnd; i += rows) VectorRowBlocks.block8x3(a, i * si + k0, si, bp, bo, st, j + i * ss, ss, c, kc, n, i, j); }
                case R4X4 -> { for (int i = rowFrom; i < bandsEnd; i += rows) VectorWideBlocks.block4x4InPlace(a, i * si + k0, si, bp, bo, st, j + i * ss, ss, c, kc, n, i, j); }
                case R6X4 -> { for (int i = rowFrom; i < bandsEnd; i += rows) VectorWideBlocks.block6x4InPlace(a, i * si + k0, si, bp, bo, st, j + i * ss, ss, c, kc, n, i, j); }
            }
        }
    }

    /** Rows [rowFrom, rowTo), columns [j0, j1) (whole vectors) in the unpacked blocks: eight rows at a time, then four, then single rows. */
    private static void edges(float[] a, int si, int sk, float[] b, float[] bias, float[] c, int k, int n, int rowFrom, int rowTo, int j0, int j1) {
        int i = rowFrom;
        for (; i + 8 <= rowTo; i += 8) {
            int j = j0;
            if (sk == 1) {
                for (; j + 2 * L <= j1; j += 2 * L) VectorEdges.rowBlock8x2(a, si, b, bias, c, k, n, i, j);
            } else {
                for (; j + 2 * L <= j1; j += 2 * L) VectorEdges.block8x2(a, si, sk, b, bias, c, k, n, i, j);
            }
            for (; j < j1; j += L) {
                VectorEdges.block4x1(a, si, sk, b, bias, c, k, n, i, j);
                VectorEdges.block4x1(a, si, sk, b, bias, c, k, n, i + 4, j);
            }
        }
        for (; i + 4 <= rowTo; i += 4) {
            int j = j0;
            for (; j + 2 * L <= j1; j += 2 * L) VectorEdges.block4x2(a, si, sk, b, bias, c, k, n, i, j);
            for (; j < j1; j += L) VectorEdges.block4x1(a, si, sk, b, bias, c, k, n, i, j);
        }
        for (; i < rowTo; i++) {
            int j = j0;
            for (; j + 4 * L <= j1; j += 4 * L) VectorEdges.block1x4(a, si, sk, b, bias, c, k, n, i, j);
            for (; j < j1; j += L) VectorEdges.block1x1(a, si, sk, b, bias, c, k, n, i, j);
        }
    }

    /** c = max(c, 0) over rows [rowFrom, rowTo), columns [j0, j1) (whole vectors). */
    private static void clampBelowAtZero(float[] c, int n, int rowFrom, int rowTo, int j0, int j1) {
        for (int r = rowFrom; r < rowTo; r++) {
            for (int o = r * n + j0, end = r * n + j1; o < end; o += L) FloatVector.fromArray(S, c, o).max(0f).intoArray(c, o);
        }
    }

    /** Columns [j0, j1) past the last whole vector: scalar FMA in the same k order as the vector lanes. */
    private static void scalarColumns(float[] a, int si, int sk, float[] b, float[] bias, boolean relu, float[] c, int k, int n, int rowFrom, int rowTo, int j0, int j1) {
        for (int i = rowFrom; i < rowTo; i++) {
            int ai = i * si;
            for (int j = j0; j < j1; j++) {
                float acc = bias == null ? 0f : bias[j];
                for (int kk = 0; kk < k; kk++) acc = FusedMultiplyAdd.fma(a[ai + kk * sk], b[kk * n + j], acc);
                c[i * n + j] = relu ? Math.max(acc, 0f) : acc;
            }
        }
    }

    @Override
    public void dots(float[] a, float[] b, float[] c, int k, int n, int rowFrom, int rowTo) {
        VectorDots.dots(a, b, c, k, n, rowFrom, rowTo);
    }

    @Override
    public void transpose(float[] src, int rowFrom, int rowTo, int rows, int cols, float[] dst) {
        VectorGathers.transpose(src, rowFrom, rowTo, rows, cols, dst);
    }
}
