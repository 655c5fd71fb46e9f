package org.wganlab.kernel;

import static org.wganlab.kernel.VectorBlocks.L;
import static org.wganlab.kernel.VectorBlocks.S;
import static org.wganlab.kernel.VectorBlocks.start;

import jdk.incubator.vector.FloatVector;

/**
 * The small blocks of {@link VectorMatMul} for the rows and columns of C left over around the
 * packed blocks ({@link VectorBlocks}), and for whole products too small to pay for packing:
 * they read A and B where they are.
 */
final class VectorEdges {
    private VectorEdges() {
    }

    /** Unpacked 8 rows by 2 vectors: for products with too short a k to pay for packing. */
    static void block8x2(float[] a, int si, int sk, float[] b, float[] bias, float[] c, int k, int n, int i, int j) {
        FloatVector z0 = start(bias, j), z1 = start(bias, j + L);
        FloatVector c00 = z0, c01 = z1, c10 = z0, c11 = z1, c20 = z0, c21 = z1, c30 = z0, c31 = z1;
        FloatVector c40 = z0, c41 = z1, c50 = z0, c51 = z1, c60 = z0, c61 = z1, c70 = z0, c71 = z1;
        int a0 = i * si;
        for (int kk = 0; kk < k; kk++) {
            int bk = kk * n + j, ak = a0 + kk * sk;
            FloatVector b0 = FloatVector.fromArray(S, b, bk);
            FloatVector b1 = FloatVector.fromArray(S, b, bk + L);
            FloatVector x = FloatVector.broadcast(S, a[ak]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[ak + si]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[ak + 2 * si]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[ak + 3 * si]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, a[ak + 4 * si]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, a[ak + 5 * si]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(S, a[ak + 6 * si]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(S, a[ak + 7 * si]);
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

    /**
     * {@link #block8x2} for a row-major A (sk = 1): the k loop steps A's offset by one, so the
     * JIT checks A's eight loads against the array once, before the loop, instead of on every
     * step (with A's stride a variable it cannot): most of a 64-wide network's products.
     */
    static void rowBlock8x2(float[] a, int si, float[] b, float[] bias, float[] c, int k, int n, int i, int j) {
        FloatVector z0 = start(bias, j), z1 = start(bias, j + L);
        FloatVector c00 = z0, c01 = z1, c10 = z0, c11 = z1, c20 = z0, c21 = z1, c30 = z0, c31 = z1;
        FloatVector c40 = z0, c41 = z1, c50 = z0, c51 = z1, c60 = z0, c61 = z1, c70 = z0, c71 = z1;
        int a0 = i * si;
        for (int ak = a0, end = a0 + k, bk = j; ak < end; ak++, bk += n) {
            FloatVector b0 = FloatVector.fromArray(S, b, bk);
            FloatVector b1 = FloatVector.fromArray(S, b, bk + L);
            FloatVector x = FloatVector.broadcast(S, a[ak]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[ak + si]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[ak + 2 * si]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[ak + 3 * si]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, a[ak + 4 * si]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, a[ak + 5 * si]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(S, a[ak + 6 * si]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(S, a[ak + 7 * si]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
        }
        // Stored here, not in a shared helper: vectors passed to a method that is not inlined are boxed.
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

    /** Edge: 4 rows by 2 vectors. */
    static void block4x2(float[] a, int si, int sk, float[] b, float[] bias, float[] c, int k, int n, int i, int j) {
        FloatVector z0 = start(bias, j), z1 = start(bias, j + L);
        FloatVector c00 = z0, c01 = z1, c10 = z0, c11 = z1, c20 = z0, c21 = z1, c30 = z0, c31 = z1;
        int a0 = i * si;
        for (int kk = 0; kk < k; kk++) {
            int bk = kk * n + j, ak = a0 + kk * sk;
            FloatVector b0 = FloatVector.fromArray(S, b, bk);
            FloatVector b1 = FloatVector.fromArray(S, b, bk + L);
            FloatVector x = FloatVector.broadcast(S, a[ak]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[ak + si]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[ak + 2 * si]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[ak + 3 * si]);
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

    /** Edge: 4 rows by 1 vector. */
    static void block4x1(float[] a, int si, int sk, float[] b, float[] bias, float[] c, int k, int n, int i, int j) {
        FloatVector z0 = start(bias, j);
        FloatVector c00 = z0, c10 = z0, c20 = z0, c30 = z0;
        int a0 = i * si;
        for (int kk = 0; kk < k; kk++) {
            int bk = kk * n + j, ak = a0 + kk * sk;
            FloatVector b0 = FloatVector.fromArray(S, b, bk);
            FloatVector x = FloatVector.broadcast(S, a[ak]);
            c00 = x.fma(b0, c00);
            x = FloatVector.broadcast(S, a[ak + si]);
            c10 = x.fma(b0, c10);
            x = FloatVector.broadcast(S, a[ak + 2 * si]);
            c20 = x.fma(b0, c20);
            x = FloatVector.broadcast(S, a[ak + 3 * si]);
            c30 = x.fma(b0, c30);
        }
        int o = i * n + j;
        c00.intoArray(c, o);
        c10.intoArray(c, o + n);
        c20.intoArray(c, o + 2 * n);
        c30.intoArray(c, o + 3 * n);
    }

    /** Edge: 1 row by 4 vectors: 4 independent FMA chains (one chain alone waits on the FMA's latency). */
    static void block1x4(float[] a, int si, int sk, float[] b, float[] bias, float[] c, int k, int n, int i, int j) {
        FloatVector z0 = start(bias, j), z1 = start(bias, j + L), z2 = start(bias, j + 2 * L), z3 = start(bias, j + 3 * L);
        FloatVector c00 = z0, c01 = z1, c02 = z2, c03 = z3;
        int a0 = i * si;
        for (int kk = 0; kk < k; kk++) {
            int bk = kk * n + j, ak = a0 + kk * sk;
            FloatVector b0 = FloatVector.fromArray(S, b, bk);
            FloatVector b1 = FloatVector.fromArray(S, b, bk + L);
            FloatVector b2 = FloatVector.fromArray(S, b, bk + 2 * L);
            FloatVector b3 = FloatVector.fromArray(S, b, bk + 3 * L);
            FloatVector x = FloatVector.broadcast(S, a[ak]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            c03 = x.fma(b3, c03);
        }
        int o = i * n + j;
        c00.intoArray(c, o);
        c01.intoArray(c, o + L);
        c02.intoArray(c, o + 2 * L);
        c03.intoArray(c, o + 3 * L);
    }

    /** Edge: 1 row by 1 vector. */
    static void block1x1(float[] a, int si, int sk, float[] b, float[] bias, float[] c, int k, int n, int i, int j) {
        FloatVector z0 = start(bias, j);
        FloatVector c00 = z0;
        int a0 = i * si;
        for (int kk = 0; kk < k; kk++) {
            int bk = kk * n + j, ak = a0 + kk * sk;
            FloatVector b0 = FloatVector.fromArray(S, b, bk);
            FloatVector x = FloatVector.broadcast(S, a[ak]);
            c00 = x.fma(b0, c00);
        }
        int o = i * n + j;
        c00.intoArray(c, o);
    }
}
