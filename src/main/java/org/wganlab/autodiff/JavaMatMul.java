package org.wganlab.autodiff;

/** Plain-Java product kernel: the fallback when the Vector API is absent. Uses FMA like the vector kernel. */
final class JavaMatMul implements MatMul.Kernel {
    @Override
    public void mult(float[] a, int si, int sk, float[] b, float[] bias, boolean relu, float[] c, int k, int n, int rowFrom, int rowTo) {
        for (int i = rowFrom; i < rowTo; i++) {
            int ci = i * n;
            if (bias == null) java.util.Arrays.fill(c, ci, ci + n, 0f);
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

    @Override
    public void reluMask(float[] g, float[] x, float[] out, int from, int to) {
        for (int i = from; i < to; i++) out[i] = x[i] > 0f ? g[i] : 0f;
    }

    @Override
    public void columnSums(float[] x, int rows, int cols, float[] out) {
        java.util.Arrays.fill(out, 0, cols, 0f);
        for (int r = 0, o = 0; r < rows; r++, o += cols) {
            for (int c = 0; c < cols; c++) out[c] += x[o + c];
        }
    }

    @Override
    public int clamp(float[] x, float c, float inner) {
        return clamp(x, 0, x.length, c, inner);
    }

    /** {@link #clamp(float[], float, float)} over [from, to): also the vector kernel's tail. */
    static int clamp(float[] x, int from, int to, float c, float inner) {
        int at = 0;
        for (int i = from; i < to; i++) {
            float v = Math.max(-c, Math.min(c, x[i]));
            x[i] = v;
            if (Math.abs(v) >= inner) at++;
        }
        return at;
    }

    @Override
    public double sumOfSquares(float[] x) {
        double s = 0;
        for (float v : x) s += (double) v * v;
        return s;
    }

    @Override
    public void adam(float[] p, float[] g, float[] m, float[] v, float beta1, float beta2, float stepSize, float corr2, float eps) {
        adam(p, g, m, v, beta1, beta2, stepSize, corr2, eps, 0);
    }

    /** Adam's step over [from, p.length): also the vector kernel's tail. */
    static void adam(float[] p, float[] g, float[] m, float[] v, float b1, float b2, float stepSize, float c2, float e, int from) {
        for (int i = from; i < p.length; i++) {
            float gi = g[i];
            m[i] = b1 * m[i] + (1 - b1) * gi;
            v[i] = b2 * v[i] + (1 - b2) * gi * gi;
            p[i] -= stepSize * m[i] / ((float) Math.sqrt(v[i]) / c2 + e);
        }
    }

    @Override
    public void rmsProp(float[] p, float[] g, float[] ms, float decay, float lr, float eps) {
        rmsProp(p, g, ms, decay, lr, eps, 0);
    }

    /** RMSProp's step over [from, p.length): also the vector kernel's tail. */
    static void rmsProp(float[] p, float[] g, float[] ms, float d, float lr, float e, int from) {
        for (int i = from; i < p.length; i++) {
            float gi = g[i];
            ms[i] = d * ms[i] + (1 - d) * gi * gi;
            p[i] -= lr * gi / (float) Math.sqrt(ms[i] + e);
        }
    }

    @Override
    public int rmsPropClamped(float[] p, float[] g, float[] ms, float decay, float lr, float eps, float c, float inner) {
        return rmsPropClamped(p, g, ms, decay, lr, eps, c, inner, 0);
    }

    /** {@link #rmsProp} then {@link #clamp}, value by value, over [from, p.length): also the vector kernel's tail. */
    static int rmsPropClamped(float[] p, float[] g, float[] ms, float d, float lr, float e, float c, float inner, int from) {
        int at = 0;
        for (int i = from; i < p.length; i++) {
            float gi = g[i];
            ms[i] = d * ms[i] + (1 - d) * gi * gi;
            float v = Math.max(-c, Math.min(c, p[i] - lr * gi / (float) Math.sqrt(ms[i] + e)));
            p[i] = v;
            if (Math.abs(v) >= inner) at++;
        }
        return at;
    }
}
