package org.wganlab.autodiff;

import static org.wganlab.autodiff.VectorBlocks.L;
import static org.wganlab.autodiff.VectorBlocks.S;

import jdk.incubator.vector.FloatVector;

/**
 * The in-place blocks of {@link VectorRowBlocks} for 32 vector registers (8x2, 12x2, 8x3) taking two
 * steps of k per pass. A's rows are si apart, so each broadcast needs its row's offset computed
 * first (an integer add, some reading the stack), and one step per pass issues about three
 * instructions per FMA: as many as a core that renames six a cycle can feed to two FMA units,
 * which then wait on the front end; 12x2 and 8x3 also spilled more. Two steps share each row's
 * offset (the README gives the counts, read in the compiled loops). AVX2's shapes (6x2, 4x3)
 * stay one step a pass: with 16 registers the second step's B vectors spilled and ran at half
 * the speed. Every accumulator still takes its FMAs in k's order, so the floats are those of
 * one step a pass and of the packed blocks; an odd k ends with one step of the packed block
 * ({@link VectorBlocks}) starting from C.
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
        if (ak < ao + k) VectorBlocks.block8x2(lastStep(a, ak, si, 8), 0, bp, bk, c, o, n, c, 1, n, i, j);
    }

    /** 12 rows by 2 vectors, A read in place, k two steps per pass. */
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
            x = FloatVector.broadcast(S, a[ak + 1 + 8 * si]);
            c80 = x.fma(b0, c80);
            c81 = x.fma(b1, c81);
            x = FloatVector.broadcast(S, a[ak + 1 + 9 * si]);
            c90 = x.fma(b0, c90);
            c91 = x.fma(b1, c91);
            x = FloatVector.broadcast(S, a[ak + 1 + 10 * si]);
            c100 = x.fma(b0, c100);
            c101 = x.fma(b1, c101);
            x = FloatVector.broadcast(S, a[ak + 1 + 11 * si]);
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
        if (ak < ao + k) VectorBlocks.block12x2(lastStep(a, ak, si, 12), 0, bp, bk, c, o, n, c, 1, n, i, j);
    }

    /** 8 rows by 3 vectors, A read in place, k two steps per pass. */
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
        int ak = ao, bk = bo;
        for (int end = ao + k - 1; ak < end; ak += 2, bk += 6 * L) {
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
            b0 = FloatVector.fromArray(S, bp, bk + 3 * L);
            b1 = FloatVector.fromArray(S, bp, bk + 4 * L);
            b2 = FloatVector.fromArray(S, bp, bk + 5 * L);
            x = FloatVector.broadcast(S, a[ak + 1]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            x = FloatVector.broadcast(S, a[ak + 1 + si]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            x = FloatVector.broadcast(S, a[ak + 1 + 2 * si]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            x = FloatVector.broadcast(S, a[ak + 1 + 3 * si]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
            x = FloatVector.broadcast(S, a[ak + 1 + 4 * si]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            c42 = x.fma(b2, c42);
            x = FloatVector.broadcast(S, a[ak + 1 + 5 * si]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            c52 = x.fma(b2, c52);
            x = FloatVector.broadcast(S, a[ak + 1 + 6 * si]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            c62 = x.fma(b2, c62);
            x = FloatVector.broadcast(S, a[ak + 1 + 7 * si]);
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
        if (ak < ao + k) VectorBlocks.block8x3(lastStep(a, ak, si, 8), 0, bp, bk, c, o, n, c, 1, n, i, j);
    }

    /** Per thread: one step of k of a band, for the packed block that takes an odd k's last step. */
    private static final ThreadLocal<float[]> LAST_STEP = ThreadLocal.withInitial(() -> new float[12]);

    /** A's values at offset ak in rows rows si apart, side by side: the packed blocks' layout of one step of k. */
    private static float[] lastStep(float[] a, int ak, int si, int rows) {
        float[] step = LAST_STEP.get();
        for (int r = 0; r < rows; r++) step[r] = a[ak + r * si];
        return step;
    }
}
