package org.wganlab.kernel;

import static org.wganlab.kernel.VectorBlocks.L;
import static org.wganlab.kernel.VectorBlocks.S;

import jdk.incubator.vector.FloatVector;

/**
 * The register blocks of {@link VectorMatMul} for a row-major A read where it is: the rows of
 * a band are si apart and each runs along k from offset ao, while B comes packed as for
 * {@link VectorBlocks}. Packing such an A first costs a copy with a scattered write per value,
 * a fifth of a width-128 step's time; reading it in place costs nothing, and the k loop still
 * steps one offset by a constant, so C2 hoists A's range checks. Each block starts as the
 * packed ones do and takes one FMA per k in order, so it gives their floats exactly.
 *
 * <p>One step of k per pass. Blocks taking two steps (each row's offset into A serving two
 * broadcasts: fewer instructions per FMA) were a few percent faster when C2 compiled them
 * whole, but JDK 17's C2 often did not: in about a quarter of runs for 8x2 and half for 8x3 it
 * left the Vector API's calls in the loop's second half to the boxed fallback ("missing
 * constant" under -XX:+PrintIntrinsics), and the run trained five to twelve times slower from
 * then on. The one-step blocks compiled whole in every run tried.
 */
final class VectorRowBlocks {
    private VectorRowBlocks() {
    }

    /** 8 rows by 2 vectors, A read in place. */
    static void block8x2(float[] a, int ao, int si, float[] bp, int bo, float[] s, int so, int ss, float[] c, int k, int n, int i, int j) {
        int o = i * n + j;
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + ss), c11 = FloatVector.fromArray(S, s, so + ss + L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L);
        FloatVector c40 = FloatVector.fromArray(S, s, so + 4 * ss), c41 = FloatVector.fromArray(S, s, so + 4 * ss + L);
        FloatVector c50 = FloatVector.fromArray(S, s, so + 5 * ss), c51 = FloatVector.fromArray(S, s, so + 5 * ss + L);
        FloatVector c60 = FloatVector.fromArray(S, s, so + 6 * ss), c61 = FloatVector.fromArray(S, s, so + 6 * ss + L);
        FloatVector c70 = FloatVector.fromArray(S, s, so + 7 * ss), c71 = FloatVector.fromArray(S, s, so + 7 * ss + L);
        for (int ak = ao, bk = bo, end = ao + k; ak < end; ak++, bk += 2 * L) {
            FloatVector b0 = FloatVector.fromArray(S, bp, bk);
            FloatVector b1 = FloatVector.fromArray(S, bp, bk + L);
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

    /** 6 rows by 2 vectors, A read in place. */
    static void block6x2(float[] a, int ao, int si, float[] bp, int bo, float[] s, int so, int ss, float[] c, int k, int n, int i, int j) {
        int o = i * n + j;
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + ss), c11 = FloatVector.fromArray(S, s, so + ss + L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L);
        FloatVector c40 = FloatVector.fromArray(S, s, so + 4 * ss), c41 = FloatVector.fromArray(S, s, so + 4 * ss + L);
        FloatVector c50 = FloatVector.fromArray(S, s, so + 5 * ss), c51 = FloatVector.fromArray(S, s, so + 5 * ss + L);
        for (int ak = ao, bk = bo, end = ao + k; ak < end; ak++, bk += 2 * L) {
            FloatVector b0 = FloatVector.fromArray(S, bp, bk);
            FloatVector b1 = FloatVector.fromArray(S, bp, bk + L);
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
        }
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
    }

    /** 4 rows by 3 vectors, A read in place. */
    static void block4x3(float[] a, int ao, int si, float[] bp, int bo, float[] s, int so, int ss, float[] c, int k, int n, int i, int j) {
        int o = i * n + j;
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L), c02 = FloatVector.fromArray(S, s, so + 2 * L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + ss), c11 = FloatVector.fromArray(S, s, so + ss + L), c12 = FloatVector.fromArray(S, s, so + ss + 2 * L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L), c22 = FloatVector.fromArray(S, s, so + 2 * ss + 2 * L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L), c32 = FloatVector.fromArray(S, s, so + 3 * ss + 2 * L);
        for (int ak = ao, bk = bo, end = ao + k; ak < end; ak++, bk += 3 * L) {
            FloatVector b0 = FloatVector.fromArray(S, bp, bk);
            FloatVector b1 = FloatVector.fromArray(S, bp, bk + L);
            FloatVector b2 = FloatVector.fromArray(S, bp, bk + 2 * L);
            FloatVector x = FloatVector.broadcast(S, a[ak]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            x = FloatVector.broadcast(S, a[ak + si]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            x = FloatVector.broadcast(S, a[ak + 2 * si]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            x = FloatVector.broadcast(S, a[ak + 3 * si]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
        }
        c00.intoArray(c, o);
        c01.intoArray(c, o + L);
        c02.intoArray(c, o + 2 * L);
        c10.intoArray(c, o + n);
        c11.intoArray(c, o + n + L);
        c12.intoArray(c, o + n + 2 * L);
        c20.intoArray(c, o + 2 * n);
        c21.intoArray(c, o + 2 * n + L);
        c22.intoArray(c, o + 2 * n + 2 * L);
        c30.intoArray(c, o + 3 * n);
        c31.intoArray(c, o + 3 * n + L);
        c32.intoArray(c, o + 3 * n + 2 * L);
    }

    /** 12 rows by 2 vectors, A read in place. */
    static void block12x2(float[] a, int ao, int si, float[] bp, int bo, float[] s, int so, int ss, float[] c, int k, int n, int i, int j) {
        int o = i * n + j;
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + ss), c11 = FloatVector.fromArray(S, s, so + ss + L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L);
        FloatVector c40 = FloatVector.fromArray(S, s, so + 4 * ss), c41 = FloatVector.fromArray(S, s, so + 4 * ss + L);
        FloatVector c50 = FloatVector.fromArray(S, s, so + 5 * ss), c51 = FloatVector.fromArray(S, s, so + 5 * ss + L);
        FloatVector c60 = FloatVector.fromArray(S, s, so + 6 * ss), c61 = FloatVector.fromArray(S, s, so + 6 * ss + L);
        FloatVector c70 = FloatVector.fromArray(S, s, so + 7 * ss), c71 = FloatVector.fromArray(S, s, so + 7 * ss + L);
        FloatVector c80 = FloatVector.fromArray(S, s, so + 8 * ss), c81 = FloatVector.fromArray(S, s, so + 8 * ss + L);
        FloatVector c90 = FloatVector.fromArray(S, s, so + 9 * ss), c91 = FloatVector.fromArray(S, s, so + 9 * ss + L);
        FloatVector c100 = FloatVector.fromArray(S, s, so + 10 * ss), c101 = FloatVector.fromArray(S, s, so + 10 * ss + L);
        FloatVector c110 = FloatVector.fromArray(S, s, so + 11 * ss), c111 = FloatVector.fromArray(S, s, so + 11 * ss + L);
        for (int ak = ao, bk = bo, end = ao + k; ak < end; ak++, bk += 2 * L) {
            FloatVector b0 = FloatVector.fromArray(S, bp, bk);
            FloatVector b1 = FloatVector.fromArray(S, bp, bk + L);
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
            x = FloatVector.broadcast(S, a[ak + 8 * si]);
            c80 = x.fma(b0, c80);
            c81 = x.fma(b1, c81);
            x = FloatVector.broadcast(S, a[ak + 9 * si]);
            c90 = x.fma(b0, c90);
            c91 = x.fma(b1, c91);
            x = FloatVector.broadcast(S, a[ak + 10 * si]);
            c100 = x.fma(b0, c100);
            c101 = x.fma(b1, c101);
            x = FloatVector.broadcast(S, a[ak + 11 * si]);
            c110 = x.fma(b0, c110);
            c111 = x.fma(b1, c111);
        }
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
        c80.intoArray(c, o + 8 * n);
        c81.intoArray(c, o + 8 * n + L);
        c90.intoArray(c, o + 9 * n);
        c91.intoArray(c, o + 9 * n + L);
        c100.intoArray(c, o + 10 * n);
        c101.intoArray(c, o + 10 * n + L);
        c110.intoArray(c, o + 11 * n);
        c111.intoArray(c, o + 11 * n + L);
    }

    /** 8 rows by 3 vectors, A read in place. */
    static void block8x3(float[] a, int ao, int si, float[] bp, int bo, float[] s, int so, int ss, float[] c, int k, int n, int i, int j) {
        int o = i * n + j;
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L), c02 = FloatVector.fromArray(S, s, so + 2 * L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + ss), c11 = FloatVector.fromArray(S, s, so + ss + L), c12 = FloatVector.fromArray(S, s, so + ss + 2 * L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L), c22 = FloatVector.fromArray(S, s, so + 2 * ss + 2 * L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L), c32 = FloatVector.fromArray(S, s, so + 3 * ss + 2 * L);
        FloatVector c40 = FloatVector.fromArray(S, s, so + 4 * ss), c41 = FloatVector.fromArray(S, s, so + 4 * ss + L), c42 = FloatVector.fromArray(S, s, so + 4 * ss + 2 * L);
        FloatVector c50 = FloatVector.fromArray(S, s, so + 5 * ss), c51 = FloatVector.fromArray(S, s, so + 5 * ss + L), c52 = FloatVector.fromArray(S, s, so + 5 * ss + 2 * L);
        FloatVector c60 = FloatVector.fromArray(S, s, so + 6 * ss), c61 = FloatVector.fromArray(S, s, so + 6 * ss + L), c62 = FloatVector.fromArray(S, s, so + 6 * ss + 2 * L);
        FloatVector c70 = FloatVector.fromArray(S, s, so + 7 * ss), c71 = FloatVector.fromArray(S, s, so + 7 * ss + L), c72 = FloatVector.fromArray(S, s, so + 7 * ss + 2 * L);
        for (int ak = ao, bk = bo, end = ao + k; ak < end; ak++, bk += 3 * L) {
            FloatVector b0 = FloatVector.fromArray(S, bp, bk);
            FloatVector b1 = FloatVector.fromArray(S, bp, bk + L);
            FloatVector b2 = FloatVector.fromArray(S, bp, bk + 2 * L);
            FloatVector x = FloatVector.broadcast(S, a[ak]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            x = FloatVector.broadcast(S, a[ak + si]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            x = FloatVector.broadcast(S, a[ak + 2 * si]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            x = FloatVector.broadcast(S, a[ak + 3 * si]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
            x = FloatVector.broadcast(S, a[ak + 4 * si]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            c42 = x.fma(b2, c42);
            x = FloatVector.broadcast(S, a[ak + 5 * si]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            c52 = x.fma(b2, c52);
            x = FloatVector.broadcast(S, a[ak + 6 * si]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            c62 = x.fma(b2, c62);
            x = FloatVector.broadcast(S, a[ak + 7 * si]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
            c72 = x.fma(b2, c72);
        }
        c00.intoArray(c, o);
        c01.intoArray(c, o + L);
        c02.intoArray(c, o + 2 * L);
        c10.intoArray(c, o + n);
        c11.intoArray(c, o + n + L);
        c12.intoArray(c, o + n + 2 * L);
        c20.intoArray(c, o + 2 * n);
        c21.intoArray(c, o + 2 * n + L);
        c22.intoArray(c, o + 2 * n + 2 * L);
        c30.intoArray(c, o + 3 * n);
        c31.intoArray(c, o + 3 * n + L);
        c32.intoArray(c, o + 3 * n + 2 * L);
        c40.intoArray(c, o + 4 * n);
        c41.intoArray(c, o + 4 * n + L);
        c42.intoArray(c, o + 4 * n + 2 * L);
        c50.intoArray(c, o + 5 * n);
        c51.intoArray(c, o + 5 * n + L);
        c52.intoArray(c, o + 5 * n + 2 * L);
        c60.intoArray(c, o + 6 * n);
        c61.intoArray(c, o + 6 * n + L);
        c62.intoArray(c, o + 6 * n + 2 * L);
        c70.intoArray(c, o + 7 * n);
        c71.intoArray(c, o + 7 * n + L);
        c72.intoArray(c, o + 7 * n + 2 * L);
    }
}
