package org.wganlab.kernel;

import java.util.Arrays;

/** Plain-Java product kernel: the fallback when the Vector API is absent. Uses FMA like the vector kernel. */
final class JavaMatMul implements ProductKernel {
    @Override
    public void mult(KernelTuning t, float[] a, int si, int sk, float[] b, float[] bias, boolean relu, float[] c, int k, int n, int rowFrom, int rowTo) {
        for (int i = rowFrom; i < rowTo; i++) {
            int ci = i * n;
            if (bias == null) Arrays.fill(c, ci, ci + n, 0f);
            else System.arraycopy(bias, 0, c, ci, n);
            for (int kk = 0; kk < k; kk++) {
                float aik = a[i * si + kk * sk];
                int bk = kk * n;
                // A zero (a ReLU's, half of them) makes each product an exact ±0 or NaN: one rounding
                // either way, so the plain loop, which the JIT vectorises, gives the fused floats.
                if (aik == 0f) for (int j = 0; j < n; j++) c[ci + j] += aik * b[bk + j];
                else for (int j = 0; j < n; j++) c[ci + j] = FusedMultiplyAdd.fma(aik, b[bk + j], c[ci + j]);
            }
            if (relu) for (int j = 0; j < n; j++) c[ci + j] = Math.max(c[ci + j], 0f);
        }
    }

    @Override
    public void dots(float[] a, float[] b, float[] c, int k, int n, int rowFrom, int rowTo) {
        for (int i = rowFrom; i < rowTo; i++) {
            for (int j = 0; j < n; j++) {
                float acc = 0f;
                for (int kk = 0; kk < k; kk++) acc = FusedMultiplyAdd.fma(a[i * k + kk], b[j * k + kk], acc);
                c[i * n + j] = acc;
            }
        }
    }

    @Override
    public void transpose(float[] src, int rowFrom, int rowTo, int rows, int cols, float[] dst) {
        transposeTiles(src, rowFrom, rowTo, rows, cols, dst);
    }

    /**
     * Rows [rowFrom, rowTo) of src (rows x cols) written transposed into dst, in tiles of 16 so
     * both sides stay in cache: with power-of-two strides larger tiles map every line of a tile
     * to the same few cache sets. Also the vector kernel's leftover rows.
     */
    static void transposeTiles(float[] src, int rowFrom, int rowTo, int rows, int cols, float[] dst) {
        for (int r0 = rowFrom; r0 < rowTo; r0 += TILE) {
            int r1 = Math.min(rowTo, r0 + TILE);
            for (int c0 = 0; c0 < cols; c0 += TILE) {
                int c1 = Math.min(cols, c0 + TILE);
                for (int r = r0; r < r1; r++) {
                    int row = r * cols;
                    for (int c = c0; c < c1; c++) dst[c * rows + r] = src[row + c];
                }
            }
        }
    }

    private static final int TILE = 16;
}
