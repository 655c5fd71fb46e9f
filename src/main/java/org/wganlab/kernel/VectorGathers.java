package org.wganlab.kernel;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector kernel's transposes: each vector one column of L rows, read with one gather where
 * the CPU has gathers, else copied value by value (the same floats: a transpose only moves them).
 */
final class VectorGathers {
    private static final VectorSpecies<Float> S = VectorBlocks.S;
    private static final int L = VectorBlocks.L;
    /** Without the instruction each gather allocates its vector and lanes: slower than the scalar copy, and garbage every step. */
    private static final boolean GATHERS = CpuFeatures.gathers();

    private VectorGathers() {
    }

    /** Per thread: the gather offsets i * cols for the last cols seen (in the last slot). */
    private static final ThreadLocal<int[]> GATHER = ThreadLocal.withInitial(() -> new int[L + 1]);

    /** The offsets of L consecutive rows of cols values: this thread's map, set up for cols. */
    private static int[] gatherMap(int cols) {
        int[] map = GATHER.get();
        if (map[L] != cols) {
            for (int i = 0; i < L; i++) map[i] = i * cols;
            map[L] = cols;
        }
        return map;
    }

    /**
     * Each output row's next L values are one column of L input rows: one gather and one vector
     * store, where the tiled scalar copy did L loads and L stores (128 x 128: 10.5 -> 4.8 us;
     * 512 x 512: 177 -> 112 us). Rows left over below a whole band go through the scalar copy.
     */
    static void transpose(float[] src, int rowFrom, int rowTo, int rows, int cols, float[] dst) {
        if (!GATHERS) {
            JavaMatMul.transposeTiles(src, rowFrom, rowTo, rows, cols, dst);
            return;
        }
        int[] map = gatherMap(cols);
        int r0 = rowFrom;
        for (; r0 + L <= rowTo; r0 += L) {
            int s = r0 * cols;
            for (int c = 0; c < cols; c++) FloatVector.fromArray(S, src, s + c, map, 0).intoArray(dst, c * rows + r0);
        }
        if (r0 < rowTo) JavaMatMul.transposeTiles(src, r0, rowTo, rows, cols, dst);
    }

    /** Block j of B = src^T, stretch by stretch: each of its vectors one column of L rows of src, copied value by value. */
    static void packBFromTransposed(KernelTuning t, float[] src, int k, int n, float[] bp, int from, int to) {
        int vectors = t.shape().vectors, w = vectors * L, nv = n - n % L, nb = VectorMatMul.packedColumns(n, w), kStretch = t.kStretch();
        for (int k0 = 0; k0 < k; k0 += kStretch) {
            int kc = Math.min(k, k0 + kStretch) - k0;
            for (int j = from; j < to; j++) {
                int o = k0 * nb + kc * j * w, present = Math.min(vectors, (nv - j * w) / L);
                for (int v = 0; v < present; v++) gatherColumns(src, (j * w + v * L) * k + k0, k, bp, o + v * L, w, kc);
                // The last block, short of w columns, padded with zeros (PaddedBlocks).
                for (int kk = 0; kk < kc && present < vectors; kk++) Arrays.fill(bp, o + kk * w + present * L, o + (kk + 1) * w, 0f);
            }
        }
    }

    /**
     * count columns of L rows of src from offset s (rows k apart), each written as one vector's
     * worth, stride apart from o on. Copied value by value: with a gather here, C2 now and then
     * compiled this method without the gather's intrinsic, and that run allocated its vectors at
     * every step and trained a third slower throughout; the copy trains as fast. Four rows at a time, each read straight along: a 512 x 512 B packed
     * in about two thirds of the time the copy took reading the L rows through an offset table.
     */
    private static void gatherColumns(float[] src, int s, int k, float[] dst, int o, int stride, int count) {
        for (int i = 0; i < L; i += 4) {
            int s0 = s + i * k, s1 = s0 + k, s2 = s1 + k, s3 = s2 + k;
            for (int c = 0, d = o + i; c < count; c++, d += stride) {
                dst[d] = src[s0 + c];
                dst[d + 1] = src[s1 + c];
                dst[d + 2] = src[s2 + c];
                dst[d + 3] = src[s3 + c];
            }
        }
    }
}
