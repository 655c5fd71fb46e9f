package org.wganlab.autodiff;

import static org.wganlab.autodiff.VectorBlocks.L;
import static org.wganlab.autodiff.VectorBlocks.S;

import jdk.incubator.vector.FloatVector;

/**
 * The register blocks of {@link VectorMatMul} for a row-major A read where it is, for AVX2's 16
 * registers (6x2, 4x3; the blocks for 32 take two steps a pass, {@link VectorRowPairs}): the rows of
 * a band are si apart and each runs along k from offset ao, while B comes packed as for
 * {@link VectorBlocks}. Packing such an A first costs a copy with a scattered write per value,
 * a fifth of a width-128 step's time; reading it in place costs nothing, and the k loop still
 * steps one offset by a constant, so C2 hoists A's range checks. Each block starts as the
 * packed ones do and takes one FMA per k in order, so it gives their floats exactly.
 */
final class VectorRowBlocks {
    private VectorRowBlocks() {
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
}
