package org.wganlab.autodiff;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Register-blocked product kernel on the Vector API: 8 rows of C by 2 vectors of columns are
 * held in 16 accumulators while k runs, so each loaded B vector feeds 8 fused multiply-adds.
 * Every element is accumulated over k in order with FMA, exactly as {@link JavaMatMul} does,
 * so both kernels and every row split give identical results.
 */
final class VectorMatMul implements MatMul.Kernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    /**
     * B is walked in column panels of at most this many bytes: a panel stays in the core's L2
     * while every row band of A runs against it. A whole 512 x 512 B (1 MB) did not, and each
     * 8-row band streamed it again from L3 (measured on one core, 512 x 512 x 512: 147 GFLOP/s
     * row by row, 160-169 in panels of 128 columns).
     */
    static final int PANEL_BYTES = Integer.getInteger("wganlab.panelBytes", 256 * 1024);

    @Override
    public void mult(float[] a, int si, int sk, float[] b, float[] bias, boolean relu, float[] c, int k, int n, int rowFrom, int rowTo) {
        int nv = n - n % L;
        int panel = Math.max(2 * L, PANEL_BYTES / (4 * Math.max(1, k)) / (2 * L) * (2 * L));
        for (int j0 = 0; j0 < nv; j0 += panel) multPanel(a, si, sk, b, bias, relu, c, k, n, rowFrom, rowTo, j0, Math.min(nv, j0 + panel));
        if (nv < n) scalarColumns(a, si, sk, b, bias, relu, c, k, n, rowFrom, rowTo, nv);
    }

    /** Rows [rowFrom, rowTo) of C, columns [j0, j1) (whole vectors). */
    private static void multPanel(float[] a, int si, int sk, float[] b, float[] bias, boolean relu, float[] c, int k, int n, int rowFrom, int rowTo, int j0, int j1) {
        int i = rowFrom;
        for (; i + 8 <= rowTo; i += 8) {
            int j = j0;
            for (; j + 2 * L <= j1; j += 2 * L) block8x2(a, si, sk, b, bias, c, k, n, i, j);
            for (; j < j1; j += L) {
                block4x1(a, si, sk, b, bias, c, k, n, i, j);
                block4x1(a, si, sk, b, bias, c, k, n, i + 4, j);
            }
            // The ReLU goes over each band while it is still in L1: inside the blocks it cost
            // them their registers (C2 boxed the accumulators handed to a store helper).
            if (relu) clampBelowAtZero(c, n, i, i + 8, j0, j1);
        }
        int tail = i;
        for (; i + 4 <= rowTo; i += 4) {
            int j = j0;
            for (; j + 2 * L <= j1; j += 2 * L) block4x2(a, si, sk, b, bias, c, k, n, i, j);
            for (; j < j1; j += L) block4x1(a, si, sk, b, bias, c, k, n, i, j);
        }
        for (; i < rowTo; i++) {
            int j = j0;
            for (; j + 4 * L <= j1; j += 4 * L) block1x4(a, si, sk, b, bias, c, k, n, i, j);
            for (; j < j1; j += L) block1x1(a, si, sk, b, bias, c, k, n, i, j);
        }
        if (relu && tail < rowTo) clampBelowAtZero(c, n, tail, rowTo, j0, j1);
    }

    /** c = max(c, 0) over rows [rowFrom, rowTo), columns [j0, j1) (whole vectors). */
    private static void clampBelowAtZero(float[] c, int n, int rowFrom, int rowTo, int j0, int j1) {
        for (int r = rowFrom; r < rowTo; r++) {
            for (int o = r * n + j0, end = r * n + j1; o < end; o += L) FloatVector.fromArray(S, c, o).max(0f).intoArray(c, o);
        }
    }

    /** Columns past the last whole vector: scalar FMA in the same k order as the vector lanes. */
    private static void scalarColumns(float[] a, int si, int sk, float[] b, float[] bias, boolean relu, float[] c, int k, int n, int rowFrom, int rowTo, int j0) {
        for (int i = rowFrom; i < rowTo; i++) {
            int ai = i * si;
            for (int j = j0; j < n; j++) {
                float acc = bias == null ? 0f : bias[j];
                for (int kk = 0; kk < k; kk++) acc = Math.fma(a[ai + kk * sk], b[kk * n + j], acc);
                c[i * n + j] = relu ? Math.max(acc, 0f) : acc;
            }
        }
    }

    /** The accumulators' start: the bias lanes, or zero. */
    private static FloatVector start(float[] bias, int j) {
        return bias == null ? FloatVector.zero(S) : FloatVector.fromArray(S, bias, j);
    }

    /** 8 rows by 2 vectors: 16 accumulators, each B vector loaded once feeds 8 FMAs. */
    private static void block8x2(float[] a, int si, int sk, float[] b, float[] bias, float[] c, int k, int n, int i, int j) {
        FloatVector z0 = start(bias, j), z1 = start(bias, j + L);
        FloatVector c00 = z0, c01 = z1, c10 = z0, c11 = z1, c20 = z0, c21 = z1, c30 = z0, c31 = z1;
        FloatVector c40 = z0, c41 = z1, c50 = z0, c51 = z1, c60 = z0, c61 = z1, c70 = z0, c71 = z1;
        int a0 = i * si;
        for (int kk = 0; kk < k; kk++) {
            int bo = kk * n + j;
            FloatVector b0 = FloatVector.fromArray(S, b, bo);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + L);
            int ao = a0 + kk * sk;
            FloatVector x = FloatVector.broadcast(S, a[ao]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[ao + si]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[ao + 2 * si]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[ao + 3 * si]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, a[ao + 4 * si]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, a[ao + 5 * si]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(S, a[ao + 6 * si]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(S, a[ao + 7 * si]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
        }
        int o = i * n + j;
        c00.intoArray(c, o);
        c01.intoArray(c, o + L);
        c10.intoArray(c, o + n);
        c11.intoArray(c, o + n + L);
        c20.intoArray(c, o + 2 * n);
        c21.intoArray(c, o + 2 * n + L);
        c30.intoArray(c, o + 3 * n);
        c31.intoArray(c, o + 3 * n + L);
        c40.intoArray(c, o + 4 * n);
        c41.intoArray(c, o + 4 * n + L);
        c50.intoArray(c, o + 5 * n);
        c51.intoArray(c, o + 5 * n + L);
        c60.intoArray(c, o + 6 * n);
        c61.intoArray(c, o + 6 * n + L);
        c70.intoArray(c, o + 7 * n);
        c71.intoArray(c, o + 7 * n + L);
    }

    private static void block4x2(float[] a, int si, int sk, float[] b, float[] bias, float[] c, int k, int n, int i, int j) {
        FloatVector z0 = start(bias, j), z1 = start(bias, j + L);
        FloatVector c00 = z0, c01 = z1, c10 = z0, c11 = z1, c20 = z0, c21 = z1, c30 = z0, c31 = z1;
        int a0 = i * si, a1 = a0 + si, a2 = a1 + si, a3 = a2 + si;
        for (int kk = 0; kk < k; kk++) {
            int bo = kk * n + j;
            FloatVector b0 = FloatVector.fromArray(S, b, bo);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + L);
            int ko = kk * sk;
            FloatVector x = FloatVector.broadcast(S, a[a0 + ko]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[a1 + ko]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[a2 + ko]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[a3 + ko]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
        }
        int o = i * n + j;
        c00.intoArray(c, o);
        c01.intoArray(c, o + L);
        c10.intoArray(c, o + n);
        c11.intoArray(c, o + n + L);
        c20.intoArray(c, o + 2 * n);
        c21.intoArray(c, o + 2 * n + L);
        c30.intoArray(c, o + 3 * n);
        c31.intoArray(c, o + 3 * n + L);
    }

    private static void block4x1(float[] a, int si, int sk, float[] b, float[] bias, float[] c, int k, int n, int i, int j) {
        FloatVector z = start(bias, j);
        FloatVector c0 = z, c1 = z, c2 = z, c3 = z;
        int a0 = i * si, a1 = a0 + si, a2 = a1 + si, a3 = a2 + si;
        for (int kk = 0; kk < k; kk++) {
            FloatVector bv = FloatVector.fromArray(S, b, kk * n + j);
            int ko = kk * sk;
            c0 = FloatVector.broadcast(S, a[a0 + ko]).fma(bv, c0);
            c1 = FloatVector.broadcast(S, a[a1 + ko]).fma(bv, c1);
            c2 = FloatVector.broadcast(S, a[a2 + ko]).fma(bv, c2);
            c3 = FloatVector.broadcast(S, a[a3 + ko]).fma(bv, c3);
        }
        int o = i * n + j;
        c0.intoArray(c, o);
        c1.intoArray(c, o + n);
        c2.intoArray(c, o + 2 * n);
        c3.intoArray(c, o + 3 * n);
    }

    /**
     * One row by 4 vectors: 4 independent FMA chains. The products with 1-3 rows (a last
     * layer's weight gradient, a first layer's A^T B with 2 rows) ran on one chain, bound by
     * the FMA's latency.
     */
    private static void block1x4(float[] a, int si, int sk, float[] b, float[] bias, float[] c, int k, int n, int i, int j) {
        FloatVector c0 = start(bias, j), c1 = start(bias, j + L), c2 = start(bias, j + 2 * L), c3 = start(bias, j + 3 * L);
        int a0 = i * si;
        for (int kk = 0; kk < k; kk++) {
            FloatVector x = FloatVector.broadcast(S, a[a0 + kk * sk]);
            int bo = kk * n + j;
            c0 = x.fma(FloatVector.fromArray(S, b, bo), c0);
            c1 = x.fma(FloatVector.fromArray(S, b, bo + L), c1);
            c2 = x.fma(FloatVector.fromArray(S, b, bo + 2 * L), c2);
            c3 = x.fma(FloatVector.fromArray(S, b, bo + 3 * L), c3);
        }
        int o = i * n + j;
        c0.intoArray(c, o);
        c1.intoArray(c, o + L);
        c2.intoArray(c, o + 2 * L);
        c3.intoArray(c, o + 3 * L);
    }

    private static void block1x1(float[] a, int si, int sk, float[] b, float[] bias, float[] c, int k, int n, int i, int j) {
        FloatVector c0 = start(bias, j);
        int a0 = i * si;
        for (int kk = 0; kk < k; kk++) {
            c0 = FloatVector.broadcast(S, a[a0 + kk * sk]).fma(FloatVector.fromArray(S, b, kk * n + j), c0);
        }
        c0.intoArray(c, i * n + j);
    }

    /**
     * Dot products vectorised along k, with a scalar tail. The lanes are stored and added in
     * scalar code: with reduceLanes in the method, JDK 17 ran its FMAs on the boxed slow path.
     * Four rows run at once where they can: one row alone is one FMA chain, bound by latency.
     */
    @Override
    public void dots(float[] a, float[] b, float[] c, int k, int n, int rowFrom, int rowTo) {
        int kv = k - k % L;
        float[] lanes = new float[4 * L];
        int i = rowFrom;
        for (; i + 4 <= rowTo; i += 4) {
            int a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
            for (int j = 0; j < n; j++) {
                int bj = j * k;
                FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
                for (int kk = 0; kk < kv; kk += L) {
                    FloatVector bv = FloatVector.fromArray(S, b, bj + kk);
                    s0 = FloatVector.fromArray(S, a, a0 + kk).fma(bv, s0);
                    s1 = FloatVector.fromArray(S, a, a1 + kk).fma(bv, s1);
                    s2 = FloatVector.fromArray(S, a, a2 + kk).fma(bv, s2);
                    s3 = FloatVector.fromArray(S, a, a3 + kk).fma(bv, s3);
                }
                s0.intoArray(lanes, 0);
                s1.intoArray(lanes, L);
                s2.intoArray(lanes, 2 * L);
                s3.intoArray(lanes, 3 * L);
                for (int r = 0; r < 4; r++) c[(i + r) * n + j] = finish(lanes, r * L, a, (i + r) * k, b, bj, kv, k);
            }
        }
        for (; i < rowTo; i++) {
            int ai = i * k;
            for (int j = 0; j < n; j++) {
                int bj = j * k;
                FloatVector acc = FloatVector.zero(S);
                for (int kk = 0; kk < kv; kk += L) acc = FloatVector.fromArray(S, a, ai + kk).fma(FloatVector.fromArray(S, b, bj + kk), acc);
                acc.intoArray(lanes, 0);
                c[i * n + j] = finish(lanes, 0, a, ai, b, bj, kv, k);
            }
        }
    }

    /** A dot product's lanes (at lanes[from..from + L)) added in order, then its scalar tail. */
    private static float finish(float[] lanes, int from, float[] a, int ai, float[] b, int bj, int kv, int k) {
        float sum = 0f;
        for (int l = 0; l < L; l++) sum += lanes[from + l];
        for (int kk = kv; kk < k; kk++) sum = Math.fma(a[ai + kk], b[bj + kk], sum);
        return sum;
    }

    /** Per thread: the gather offsets i * cols for the last cols seen (in the last slot). */
    private static final ThreadLocal<int[]> GATHER = ThreadLocal.withInitial(() -> new int[L + 1]);

    /**
     * Each output row's next L values are one column of L input rows: one gather and one vector
     * store, where the tiled scalar copy did L loads and L stores (128 x 128: 10.5 -> 4.8 us;
     * 512 x 512: 177 -> 112 us). Rows left over below a whole band go through the scalar copy.
     */
    @Override
    public void transpose(float[] src, int rowFrom, int rowTo, int rows, int cols, float[] dst) {
        int[] map = GATHER.get();
        if (map[L] != cols) {
            for (int i = 0; i < L; i++) map[i] = i * cols;
            map[L] = cols;
        }
        int r0 = rowFrom;
        for (; r0 + L <= rowTo; r0 += L) {
            int s = r0 * cols;
            for (int c = 0; c < cols; c++) FloatVector.fromArray(S, src, s + c, map, 0).intoArray(dst, c * rows + r0);
        }
        if (r0 < rowTo) MatMul.transpose(src, r0, rowTo, rows, cols, dst);
    }

    @Override
    public void reluMask(float[] g, float[] x, float[] out, int from, int to) {
        FloatVector zero = FloatVector.zero(S);
        int i = from;
        for (; i + L <= to; i += L) {
            FloatVector xv = FloatVector.fromArray(S, x, i);
            zero.blend(FloatVector.fromArray(S, g, i), xv.compare(jdk.incubator.vector.VectorOperators.GT, 0f)).intoArray(out, i);
        }
        for (; i < to; i++) out[i] = x[i] > 0f ? g[i] : 0f;
    }

    @Override
    public void columnSums(float[] x, int rows, int cols, float[] out) {
        int cv = cols - cols % L;
        for (int c = 0; c < cv; c += L) {
            FloatVector acc = FloatVector.zero(S);
            for (int r = 0; r < rows; r++) acc = acc.add(FloatVector.fromArray(S, x, r * cols + c));
            acc.intoArray(out, c);
        }
        for (int c = cv; c < cols; c++) {
            float s = 0f;
            for (int r = 0; r < rows; r++) s += x[r * cols + c];
            out[c] = s;
        }
    }

    /** The count is kept in float lanes (exact below 2^24 per lane) and added up in scalar code, as in {@link #dots}. */
    @Override
    public int clamp(float[] x, float c, float inner) {
        int n = x.length, nv = n - n % L;
        FloatVector zero = FloatVector.zero(S), one = FloatVector.broadcast(S, 1f), count = zero;
        for (int i = 0; i < nv; i += L) {
            FloatVector v = FloatVector.fromArray(S, x, i).max(-c).min(c);
            v.intoArray(x, i);
            count = count.add(zero.blend(one, v.abs().compare(jdk.incubator.vector.VectorOperators.GE, inner)));
        }
        float[] lanes = new float[L];
        count.intoArray(lanes, 0);
        int at = 0;
        for (float l : lanes) at += (int) l;
        return at + JavaMatMul.clamp(x, nv, n, c, inner);
    }

    @Override
    public double sumOfSquares(float[] x) {
        int n = x.length, nv = n - n % L;
        FloatVector acc = FloatVector.zero(S);
        for (int i = 0; i < nv; i += L) {
            FloatVector v = FloatVector.fromArray(S, x, i);
            acc = v.fma(v, acc);
        }
        float[] lanes = new float[L];
        acc.intoArray(lanes, 0);
        double s = 0;
        for (float l : lanes) s += l;
        for (int i = nv; i < n; i++) s += (double) x[i] * x[i];
        return s;
    }
}
