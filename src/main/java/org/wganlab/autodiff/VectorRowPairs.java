package org.wganlab.autodiff;

import static org.wganlab.autodiff.VectorBlocks.L;
import static org.wganlab.autodiff.VectorBlocks.S;

import jdk.incubator.vector.FloatVector;

/**
 * The 8 x 2 block of {@link VectorRowBlocks} taking two steps of k per pass. A's rows are si
 * apart, so each broadcast needs its row's offset computed first (an integer add, some reading
 * the stack), and one step per pass issues about three instructions per FMA: as many as a core
 * that renames six a cycle can feed to two FMA units, which then wait on the front end. Two
 * steps share each row's offset (the README gives the counts, read in the compiled loop).
 * Every accumulator still takes its FMAs in k's order, so the floats are the one-step block's.
 */
final class VectorRowPairs {
    private VectorRowPairs() {
    }

    /** 8 rows by 2 vectors, A read in place, k two steps per pass. */
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
        int ak = ao, bk = bo;
        for (int end = ao + k - 1; ak < end; ak += 2, bk += 4 * L) {
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
            b0 = FloatVector.fromArray(S, bp, bk + 2 * L);
            b1 = FloatVector.fromArray(S, bp, bk + 3 * L);
            x = FloatVector.broadcast(S, a[ak + 1]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[ak + 1 + si]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[ak + 1 + 2 * si]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[ak + 1 + 3 * si]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, a[ak + 1 + 4 * si]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, a[ak + 1 + 5 * si]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(S, a[ak + 1 + 6 * si]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(S, a[ak + 1 + 7 * si]);
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
        // An odd k: its last step as the one-step block takes it, starting from what is now in C.
        if (ak < ao + k) VectorRowBlocks.block8x2(a, ak, si, bp, bk, c, o, n, c, 1, n, i, j);
    }
}
