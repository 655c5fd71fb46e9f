package org.wganlab.kernel;

import java.util.Arrays;

/**
 * The columns a packed product leaves short of a whole block (8x3's 48 columns leave 32 of 512)
 * and the rows it leaves short of a whole band (12x2 leaves 4 of 256), run by the same register
 * block as the rest: B's missing columns packed as zeros, A's missing rows as zero rows. The
 * unpacked edge blocks they replace read B down its columns, rows n floats apart: at a
 * power-of-two width every row of such a strip falls into the same few L1 sets, and a shape
 * that left a few rows or columns over lost a large part of a product's time there (the probe
 * timed 12x2 at about half 8x2's rate on 256 x 512 x 512 for its 4 leftover rows).
 *
 * <p>The block writes whole vectors and whole bands, which C's last columns and rows do not
 * have room for, so it writes a tile: C's values (or the stretch's start: the bias, zeros or C)
 * copied in, the padding zeroed, and the valid part copied back. Each element still takes its
 * FMAs over k in order from the same start, so the floats are the edge blocks' (float copies
 * are exact).
 */
final class PaddedBlocks {
    private PaddedBlocks() {
    }

    /** Per thread: the padded block of B, the tile of C, and the leftover rows' band of A and tile of C (grown, never shrunk). */
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[][] {new float[0], new float[0], new float[0], new float[0]});

    /**
     * B's columns [j0, j1) (whole vectors, fewer than w) for k in [k0, k0 + kc), as one packed
     * block w wide whose missing columns are zeros: what {@link #run} takes, packed once for the
     * full bands and the leftover band of a stretch.
     */
    static float[] paddedB(float[] b, int n, int k0, int kc, int w, int j0, int j1) {
        float[][] scratch = SCRATCH.get();
        if (scratch[0].length < kc * w) scratch[0] = new float[kc * w];
        padInto(scratch[0], 0, b, n, k0, kc, w, j0, j1);
        return scratch[0];
    }

    /** The same block written into bp from offset o on: the last of the blocks B is packed into for a whole product. */
    static void padInto(float[] bp, int o, float[] b, int n, int k0, int kc, int w, int j0, int j1) {
        int r = j1 - j0;
        for (int kk = 0; kk < kc; kk++, o += w) {
            System.arraycopy(b, (k0 + kk) * n + j0, bp, o, r);
            Arrays.fill(bp, o + r, o + w, 0f);
        }
    }

    /**
     * Columns [j0, j1) of C (n wide) for rows [rowFrom, bandsEnd) (whole bands) against
     * the padded block of B at bp[bBase] (kc steps of k: {@link #paddedB}'s, or the last of B
     * packed whole): A row-major read in place from column aK0 on (ap null, rows si apart) or
     * packed as {@code ap} for the blocks; the start at st[j + i * ss] as the full blocks take it.
     */
    static void run(BlockShape shape, int w, float[] a, int si, int aK0, float[] ap, float[] bp, int bBase, int kc,
            float[] st, int ss, float[] c, int n, int rowFrom, int bandsEnd, int j0, int j1) {
        int r = j1 - j0;
        float[][] scratch = SCRATCH.get();
        if (scratch[1].length < bandsEnd * w) scratch[1] = new float[bandsEnd * w];
        float[] tile = scratch[1];
        // The tile's row i is C's row i: the blocks address it as a product w columns wide.
        for (int i = rowFrom; i < bandsEnd; i++) {
            System.arraycopy(st, j0 + i * ss, tile, i * w, r);
            Arrays.fill(tile, i * w + r, (i + 1) * w, 0f);
        }
        if (ap == null) VectorMatMul.rowBlocks(shape, a, si, aK0, bp, bBase, tile, w, tile, kc, w, rowFrom, bandsEnd, 0, w);
        else VectorMatMul.blocks(shape, ap, bp, bBase, tile, w, tile, kc, w, rowFrom, bandsEnd, 0, w);
        for (int i = rowFrom; i < bandsEnd; i++) System.arraycopy(tile, i * w, c, i * n + j0, r);
    }

    /**
     * The rows a product leaves short of a whole band ([from, from + left), left < rows) as one
     * band padded with zero rows, over k in [k0, k0 + kc): row-major, rows kc apart, when A is
     * (sk 1), else k-major as A^T's packed bands. The blocks then run it against the packed B as
     * any band, into {@link #leftoverTile}, instead of the unpacked edges reading B down its
     * columns (12x2 leaves 4 of 256 rows, 8 of 512).
     */
    static float[] leftoverBand(float[] a, int si, int sk, int from, int left, int rows, int k0, int kc) {
        float[][] scratch = SCRATCH.get();
        if (scratch[2].length < rows * kc) scratch[2] = new float[rows * kc];
        float[] band = scratch[2];
        if (sk == 1) {
            for (int r = 0; r < rows; r++) {
                if (r < left) System.arraycopy(a, (from + r) * si + k0, band, r * kc, kc);
                else Arrays.fill(band, r * kc, (r + 1) * kc, 0f);
            }
        } else {
            for (int kk = 0; kk < kc; kk++) {
                int src = from + (k0 + kk) * sk;
                for (int r = 0; r < rows; r++) band[kk * rows + r] = r < left ? a[src + r] : 0f;
            }
        }
        return band;
    }

    /** The leftover band's rows of C, n wide: its blocks write here, each stretch starting from the last. */
    static float[] leftoverTile(int rows, int n) {
        float[][] scratch = SCRATCH.get();
        if (scratch[3].length < rows * n) scratch[3] = new float[rows * n];
        return scratch[3];
    }
}
