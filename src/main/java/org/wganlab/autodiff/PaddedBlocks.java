package org.wganlab.autodiff;

/**
 * The columns a packed product leaves short of a whole block (8x3's 48 columns leave 32 of 512),
 * run by the same register block as the rest, B's missing columns packed as zeros. The unpacked
 * edge blocks read B down its columns, rows n floats apart: at a power-of-two width every row
 * of such a strip falls into the same few L1 sets: with 4x3 under AVX2 the 8 columns a
 * 512-wide product left over took most of its time.
 *
 * <p>The block writes whole vectors, which C's last columns do not have room for, so it runs on
 * a tile of w columns: C's columns (or the stretch's start: the bias, zeros or C) copied in, the
 * padding zeroed, and the valid columns copied back. Each element still takes its FMAs over k in
 * order from the same start, so the floats are the edge blocks' (float copies are exact).
 */
final class PaddedBlocks {
    private PaddedBlocks() {
    }

    /** Per thread: the padded block of B and the tile of C (grown, never shrunk). */
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[][] {new float[0], new float[0]});

    /**
     * Columns [j0, j1) of C (j1 - j0 < w, whole vectors) for rows [rowFrom, bandsEnd) (whole
     * bands) over k in [k0, k0 + kc): A row-major read in place (ap null, rows si apart) or
     * packed as {@code ap} for the blocks; the start at st[j + i * ss] as the full blocks take it.
     */
    static void run(BlockShape shape, int w, float[] a, int si, float[] ap, float[] b, int n, int k0, int kc,
            float[] st, int ss, float[] c, int rowFrom, int bandsEnd, int j0, int j1) {
        int r = j1 - j0;
        float[][] scratch = SCRATCH.get();
        if (scratch[0].length < kc * w) scratch[0] = new float[kc * w];
        if (scratch[1].length < bandsEnd * w) scratch[1] = new float[bandsEnd * w];
        float[] bp = scratch[0], tile = scratch[1];
        for (int kk = 0; kk < kc; kk++) {
            System.arraycopy(b, (k0 + kk) * n + j0, bp, kk * w, r);
            java.util.Arrays.fill(bp, kk * w + r, (kk + 1) * w, 0f);
        }
        // The tile's row i is C's row i: the blocks address it as a product w columns wide.
        for (int i = rowFrom; i < bandsEnd; i++) {
            System.arraycopy(st, j0 + i * ss, tile, i * w, r);
            java.util.Arrays.fill(tile, i * w + r, (i + 1) * w, 0f);
        }
        if (ap == null) VectorMatMul.rowBlocks(shape, a, si, k0, bp, 0, tile, w, tile, kc, w, rowFrom, bandsEnd, 0, w);
        else VectorMatMul.blocks(shape, ap, bp, 0, tile, w, tile, kc, w, rowFrom, bandsEnd, 0, w);
        for (int i = rowFrom; i < bandsEnd; i++) System.arraycopy(tile, i * w, c, i * n + j0, r);
    }
}
