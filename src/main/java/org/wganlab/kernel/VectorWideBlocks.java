package org.wganlab.kernel;

import static org.wganlab.kernel.VectorBlocks.L;
import static org.wganlab.kernel.VectorBlocks.S;

import jdk.incubator.vector.FloatVector;

/**
 * Register blocks four vectors wide, packed ({@link VectorBlocks}' layout) and in place
 * ({@link VectorRowBlocks}'), for 32 vector registers. Fewer rows per block mean fewer A offsets
 * to form per k: a block of 8 rows read in place spends two integer instructions per row and
 * step on its offset, about three instructions per FMA in all, more than a six-wide front end
 * issues while two FMA units stay busy. Four vectors of B per k instead of two cost one more
 * load per four FMAs, which cores with two or three load ports have room for. Which shape wins
 * is measured per CPU ({@link KernelProbe}); each accumulates every element over k in order
 * with FMA, as the others do, so the choice never changes a result.
 */
final class VectorWideBlocks {
    private VectorWideBlocks() {
    }

    /** 4 rows by 4 vectors: A packed, 4 values per k. */
    static void block4x4(float[] ap, int ao, float[] bp, int bo, float[] s, int so, int ss, float[] c, int k, int n, int i, int j) {
        int o = i * n + j;
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L), c02 = FloatVector.fromArray(S, s, so + 2 * L), c03 = FloatVector.fromArray(S, s, so + 3 * L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + ss), c11 = FloatVector.fromArray(S, s, so + ss + L), c12 = FloatVector.fromArray(S, s, so + ss + 2 * L), c13 = FloatVector.fromArray(S, s, so + ss + 3 * L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L), c22 = FloatVector.fromArray(S, s, so + 2 * ss + 2 * L), c23 = FloatVector.fromArray(S, s, so + 2 * ss + 3 * L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L), c32 = FloatVector.fromArray(S, s, so + 3 * ss + 2 * L), c33 = FloatVector.fromArray(S, s, so + 3 * ss + 3 * L);
        for (int ak = ao, bk = bo, end = ao + 4 * k; ak < end; ak += 4, bk += 4 * L) {
            FloatVector b0 = FloatVector.fromArray(S, bp, bk);
            FloatVector b1 = FloatVector.fromArray(S, bp, bk + L);
            FloatVector b2 = FloatVector.fromArray(S, bp, bk + 2 * L);
            FloatVector b3 = FloatVector.fromArray(S, bp, bk + 3 * L);
            FloatVector x = FloatVector.broadcast(S, ap[ak]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            c03 = x.fma(b3, c03);
            x = FloatVector.broadcast(S, ap[ak + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            c13 = x.fma(b3, c13);
            x = FloatVector.broadcast(S, ap[ak + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            c23 = x.fma(b3, c23);
            x = FloatVector.broadcast(S, ap[ak + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
            c33 = x.fma(b3, c33);
        }
        c00.intoArray(c, o);
        c01.intoArray(c, o + L);
        c02.intoArray(c, o + 2 * L);
        c03.intoArray(c, o + 3 * L);
        c10.intoArray(c, o + n);
        c11.intoArray(c, o + n + L);
        c12.intoArray(c, o + n + 2 * L);
        c13.intoArray(c, o + n + 3 * L);
        c20.intoArray(c, o + 2 * n);
        c21.intoArray(c, o + 2 * n + L);
        c22.intoArray(c, o + 2 * n + 2 * L);
        c23.intoArray(c, o + 2 * n + 3 * L);
        c30.intoArray(c, o + 3 * n);
        c31.intoArray(c, o + 3 * n + L);
        c32.intoArray(c, o + 3 * n + 2 * L);
        c33.intoArray(c, o + 3 * n + 3 * L);
    }

    /** 4 rows by 4 vectors, A read in place. */
    static void block4x4InPlace(float[] a, int ao, int si, float[] bp, int bo, float[] s, int so, int ss, float[] c, int k, int n, int i, int j) {
        int o = i * n + j;
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L), c02 = FloatVector.fromArray(S, s, so + 2 * L), c03 = FloatVector.fromArray(S, s, so + 3 * L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + ss), c11 = FloatVector.fromArray(S, s, so + ss + L), c12 = FloatVector.fromArray(S, s, so + ss + 2 * L), c13 = FloatVector.fromArray(S, s, so + ss + 3 * L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L), c22 = FloatVector.fromArray(S, s, so + 2 * ss + 2 * L), c23 = FloatVector.fromArray(S, s, so + 2 * ss + 3 * L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L), c32 = FloatVector.fromArray(S, s, so + 3 * ss + 2 * L), c33 = FloatVector.fromArray(S, s, so + 3 * ss + 3 * L);
        for (int ak = ao, bk = bo, end = ao + k; ak < end; ak++, bk += 4 * L) {
            FloatVector b0 = FloatVector.fromArray(S, bp, bk);
            FloatVector b1 = FloatVector.fromArray(S, bp, bk + L);
            FloatVector b2 = FloatVector.fromArray(S, bp, bk + 2 * L);
            FloatVector b3 = FloatVector.fromArray(S, bp, bk + 3 * L);
            FloatVector x = FloatVector.broadcast(S, a[ak]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            c03 = x.fma(b3, c03);
            x = FloatVector.broadcast(S, a[ak + si]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            c13 = x.fma(b3, c13);
            x = FloatVector.broadcast(S, a[ak + 2 * si]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            c23 = x.fma(b3, c23);
            x = FloatVector.broadcast(S, a[ak + 3 * si]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
            c33 = x.fma(b3, c33);
        }
        c00.intoArray(c, o);
        c01.intoArray(c, o + L);
        c02.intoArray(c, o + 2 * L);
        c03.intoArray(c, o + 3 * L);
        c10.intoArray(c, o + n);
        c11.intoArray(c, o + n + L);
        c12.intoArray(c, o + n + 2 * L);
        c13.intoArray(c, o + n + 3 * L);
        c20.intoArray(c, o + 2 * n);
        c21.intoArray(c, o + 2 * n + L);
        c22.intoArray(c, o + 2 * n + 2 * L);
        c23.intoArray(c, o + 2 * n + 3 * L);
        c30.intoArray(c, o + 3 * n);
        c31.intoArray(c, o + 3 * n + L);
        c32.intoArray(c, o + 3 * n + 2 * L);
        c33.intoArray(c, o + 3 * n + 3 * L);
    }

    /** 6 rows by 4 vectors: A packed, 6 values per k. */
    static void block6x4(float[] ap, int ao, float[] bp, int bo, float[] s, int so, int ss, float[] c, int k, int n, int i, int j) {
        int o = i * n + j;
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L), c02 = FloatVector.fromArray(S, s, so + 2 * L), c03 = FloatVector.fromArray(S, s, so + 3 * L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + ss), c11 = FloatVector.fromArray(S, s, so + ss + L), c12 = FloatVector.fromArray(S, s, so + ss + 2 * L), c13 = FloatVector.fromArray(S, s, so + ss + 3 * L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L), c22 = FloatVector.fromArray(S, s, so + 2 * ss + 2 * L), c23 = FloatVector.fromArray(S, s, so + 2 * ss + 3 * L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L), c32 = FloatVector.fromArray(S, s, so + 3 * ss + 2 * L), c33 = FloatVector.fromArray(S, s, so + 3 * ss + 3 * L);
        FloatVector c40 = FloatVector.fromArray(S, s, so + 4 * ss), c41 = FloatVector.fromArray(S, s, so + 4 * ss + L), c42 = FloatVector.fromArray(S, s, so + 4 * ss + 2 * L), c43 = FloatVector.fromArray(S, s, so + 4 * ss + 3 * L);
        FloatVector c50 = FloatVector.fromArray(S, s, so + 5 * ss), c51 = FloatVector.fromArray(S, s, so + 5 * ss + L), c52 = FloatVector.fromArray(S, s, so + 5 * ss + 2 * L), c53 = FloatVector.fromArray(S, s, so + 5 * ss + 3 * L);
        for (int ak = ao, bk = bo, end = ao + 6 * k; ak < end; ak += 6, bk += 4 * L) {
            FloatVector b0 = FloatVector.fromArray(S, bp, bk);
            FloatVector b1 = FloatVector.fromArray(S, bp, bk + L);
            FloatVector b2 = FloatVector.fromArray(S, bp, bk + 2 * L);
            FloatVector b3 = FloatVector.fromArray(S, bp, bk + 3 * L);
            FloatVector x = FloatVector.broadcast(S, ap[ak]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            c03 = x.fma(b3, c03);
            x = FloatVector.broadcast(S, ap[ak + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            c13 = x.fma(b3, c13);
            x = FloatVector.broadcast(S, ap[ak + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            c23 = x.fma(b3, c23);
            x = FloatVector.broadcast(S, ap[ak + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
            c33 = x.fma(b3, c33);
            x = FloatVector.broadcast(S, ap[ak + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            c42 = x.fma(b2, c42);
            c43 = x.fma(b3, c43);
            x = FloatVector.broadcast(S, ap[ak + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            c52 = x.fma(b2, c52);
            c53 = x.fma(b3, c53);
        }
        c00.intoArray(c, o);
        c01.intoArray(c, o + L);
        c02.intoArray(c, o + 2 * L);
        c03.intoArray(c, o + 3 * L);
        c10.intoArray(c, o + n);
        c11.intoArray(c, o + n + L);
        c12.intoArray(c, o + n + 2 * L);
        c13.intoArray(c, o + n + 3 * L);
        c20.intoArray(c, o + 2 * n);
        c21.intoArray(c, o + 2 * n + L);
        c22.intoArray(c, o + 2 * n + 2 * L);
        c23.intoArray(c, o + 2 * n + 3 * L);
        c30.intoArray(c, o + 3 * n);
        c31.intoArray(c, o + 3 * n + L);
        c32.intoArray(c, o + 3 * n + 2 * L);
        c33.intoArray(c, o + 3 * n + 3 * L);
        c40.intoArray(c, o + 4 * n);
        c41.intoArray(c, o + 4 * n + L);
        c42.intoArray(c, o + 4 * n + 2 * L);
        c43.intoArray(c, o + 4 * n + 3 * L);
        c50.intoArray(c, o + 5 * n);
        c51.intoArray(c, o + 5 * n + L);
        c52.intoArray(c, o + 5 * n + 2 * L);
        c53.intoArray(c, o + 5 * n + 3 * L);
    }

    /** 6 rows by 4 vectors, A read in place. */
    static void block6x4InPlace(float[] a, int ao, int si, float[] bp, int bo, float[] s, int so, int ss, float[] c, int k, int n, int i, int j) {
        int o = i * n + j;
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L), c02 = FloatVector.fromArray(S, s, so + 2 * L), c03 = FloatVector.fromArray(S, s, so + 3 * L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + ss), c11 = FloatVector.fromArray(S, s, so + ss + L), c12 = FloatVector.fromArray(S, s, so + ss + 2 * L), c13 = FloatVector.fromArray(S, s, so + ss + 3 * L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L), c22 = FloatVector.fromArray(S, s, so + 2 * ss + 2 * L), c23 = FloatVector.fromArray(S, s, so + 2 * ss + 3 * L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L), c32 = FloatVector.fromArray(S, s, so + 3 * ss + 2 * L), c33 = FloatVector.fromArray(S, s, so + 3 * ss + 3 * L);
        FloatVector c40 = FloatVector.fromArray(S, s, so + 4 * ss), c41 = FloatVector.fromArray(S, s, so + 4 * ss + L), c42 = FloatVector.fromArray(S, s, so + 4 * ss + 2 * L), c43 = FloatVector.fromArray(S, s, so + 4 * ss + 3 * L);
        FloatVector c50 = FloatVector.fromArray(S, s, so + 5 * ss), c51 = FloatVector.fromArray(S, s, so + 5 * ss + L), c52 = FloatVector.fromArray(S, s, so + 5 * ss + 2 * L), c53 = FloatVector.fromArray(S, s, so + 5 * ss + 3 * L);
        for (int ak = ao, bk = bo, end = ao + k; ak < end; ak++, bk += 4 * L) {
            FloatVector b0 = FloatVector.fromArray(S, bp, bk);
            FloatVector b1 = FloatVector.fromArray(S, bp, bk + L);
            FloatVector b2 = FloatVector.fromArray(S, bp, bk + 2 * L);
            FloatVector b3 = FloatVector.fromArray(S, bp, bk + 3 * L);
            FloatVector x = FloatVector.broadcast(S, a[ak]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            c03 = x.fma(b3, c03);
            x = FloatVector.broadcast(S, a[ak + si]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            c13 = x.fma(b3, c13);
            x = FloatVector.broadcast(S, a[ak + 2 * si]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            c23 = x.fma(b3, c23);
            x = FloatVector.broadcast(S, a[ak + 3 * si]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
            c33 = x.fma(b3, c33);
            x = FloatVector.broadcast(S, a[ak + 4 * si]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            c42 = x.fma(b2, c42);
            c43 = x.fma(b3, c43);
            x = FloatVector.broadcast(S, a[ak + 5 * si]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            c52 = x.fma(b2, c52);
            c53 = x.fma(b3, c53);
        }
        c00.intoArray(c, o);
        c01.intoArray(c, o + L);
        c02.intoArray(c, o + 2 * L);
        c03.intoArray(c, o + 3 * L);
        c10.intoArray(c, o + n);
        c11.intoArray(c, o + n + L);
        c12.intoArray(c, o + n + 2 * L);
        c13.intoArray(c, o + n + 3 * L);
        c20.intoArray(c, o + 2 * n);
        c21.intoArray(c, o + 2 * n + L);
        c22.intoArray(c, o + 2 * n + 2 * L);
        c23.intoArray(c, o + 2 * n + 3 * L);
        c30.intoArray(c, o + 3 * n);
        c31.intoArray(c, o + 3 * n + L);
        c32.intoArray(c, o + 3 * n + 2 * L);
        c33.intoArray(c, o + 3 * n + 3 * L);
        c40.intoArray(c, o + 4 * n);
        c41.intoArray(c, o + 4 * n + L);
        c42.intoArray(c, o + 4 * n + 2 * L);
        c43.intoArray(c, o + 4 * n + 3 * L);
        c50.intoArray(c, o + 5 * n);
        c51.intoArray(c, o + 5 * n + L);
        c52.intoArray(c, o + 5 * n + 2 * L);
        c53.intoArray(c, o + 5 * n + 3 * L);
    }
}
