package org.wganlab.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The packed register blocks of {@link VectorMatMul}: a block of C is held in accumulators
 * while a stretch of k runs, starting from the rows of s at so, ss apart (the bias or zeros,
 * ss = 0, for the first stretch; C itself, ss = n, holding the sums of the stretches before)
 * and taking one FMA per k in order, as {@link JavaMatMul} does, so stretches give the floats
 * of one pass. Written out by hand: accumulators in an array would be boxed vectors, not
 * registers. Choosing the start among bias, zero and C inside a block would merge vectors from
 * different branches, which C2 boxes; the caller's choice of array and stride is plain data.
 * (Before, C was first filled with the bias or zeros, a pass over C of its own.)
 *
 * <p>The k loops step A's packed offset itself, not k: with k as the counter and offsets
 * {@code k * rows}, C2 kept both arrays' range checks inside the loop, and the extra compares
 * and index arithmetic left the FMA units idle a third of the time. Stepped by a constant,
 * A's checks are hoisted out of the loop; B's two stay.
 *
 * <p>The {@code block} methods read packed operands (A's band k-major, R values per k; B's block
 * row by row, contiguous); the {@code edge} methods read A and B where they are, for the rows and
 * columns left over at the edges of C.
 */
final class VectorBlocks {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int L = S.length();

    private VectorBlocks() {
    }

    /** The accumulators' start: the bias lanes, or zero. */
    static FloatVector start(float[] bias, int j) {
        return bias == null ? FloatVector.zero(S) : FloatVector.fromArray(S, bias, j);
    }

    /** 8 rows by 2 vectors: 16 accumulators; each B vector feeds 8 FMAs. */
    static void block8x2(float[] ap, int ao, float[] bp, int bo, float[] s, int so, int ss, float[] c, int k, int n, int i, int j) {
        int o = i * n + j;
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + ss), c11 = FloatVector.fromArray(S, s, so + ss + L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L);
        FloatVector c40 = FloatVector.fromArray(S, s, so + 4 * ss), c41 = FloatVector.fromArray(S, s, so + 4 * ss + L);
        FloatVector c50 = FloatVector.fromArray(S, s, so + 5 * ss), c51 = FloatVector.fromArray(S, s, so + 5 * ss + L);
        FloatVector c60 = FloatVector.fromArray(S, s, so + 6 * ss), c61 = FloatVector.fromArray(S, s, so + 6 * ss + L);
        FloatVector c70 = FloatVector.fromArray(S, s, so + 7 * ss), c71 = FloatVector.fromArray(S, s, so + 7 * ss + L);
        for (int ak = ao, bk = bo, end = ao + 8 * k; ak < end; ak += 8, bk += 2 * L) {
            FloatVector b0 = FloatVector.fromArray(S, bp, bk);
            FloatVector b1 = FloatVector.fromArray(S, bp, bk + L);
            FloatVector x = FloatVector.broadcast(S, ap[ak]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, ap[ak + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, ap[ak + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, ap[ak + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, ap[ak + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, ap[ak + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(S, ap[ak + 6]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(S, ap[ak + 7]);
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

    /** 6 rows by 2 vectors: 12 accumulators; fits AVX2's 16 registers with the B vectors and the broadcast. */
    static void block6x2(float[] ap, int ao, float[] bp, int bo, float[] s, int so, int ss, float[] c, int k, int n, int i, int j) {
        int o = i * n + j;
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + ss), c11 = FloatVector.fromArray(S, s, so + ss + L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L);
        FloatVector c40 = FloatVector.fromArray(S, s, so + 4 * ss), c41 = FloatVector.fromArray(S, s, so + 4 * ss + L);
        FloatVector c50 = FloatVector.fromArray(S, s, so + 5 * ss), c51 = FloatVector.fromArray(S, s, so + 5 * ss + L);
        for (int ak = ao, bk = bo, end = ao + 6 * k; ak < end; ak += 6, bk += 2 * L) {
            FloatVector b0 = FloatVector.fromArray(S, bp, bk);
            FloatVector b1 = FloatVector.fromArray(S, bp, bk + L);
            FloatVector x = FloatVector.broadcast(S, ap[ak]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, ap[ak + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, ap[ak + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, ap[ak + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, ap[ak + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, ap[ak + 5]);
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

    /** 4 rows by 3 vectors: 12 accumulators; 3 loads per 4 broadcasts. */
    static void block4x3(float[] ap, int ao, float[] bp, int bo, float[] s, int so, int ss, float[] c, int k, int n, int i, int j) {
        int o = i * n + j;
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L), c02 = FloatVector.fromArray(S, s, so + 2 * L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + ss), c11 = FloatVector.fromArray(S, s, so + ss + L), c12 = FloatVector.fromArray(S, s, so + ss + 2 * L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L), c22 = FloatVector.fromArray(S, s, so + 2 * ss + 2 * L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L), c32 = FloatVector.fromArray(S, s, so + 3 * ss + 2 * L);
        for (int ak = ao, bk = bo, end = ao + 4 * k; ak < end; ak += 4, bk += 3 * L) {
            FloatVector b0 = FloatVector.fromArray(S, bp, bk);
            FloatVector b1 = FloatVector.fromArray(S, bp, bk + L);
            FloatVector b2 = FloatVector.fromArray(S, bp, bk + 2 * L);
            FloatVector x = FloatVector.broadcast(S, ap[ak]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            x = FloatVector.broadcast(S, ap[ak + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            x = FloatVector.broadcast(S, ap[ak + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            x = FloatVector.broadcast(S, ap[ak + 3]);
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

    /** 12 rows by 2 vectors: 24 accumulators, for 32 vector registers (AVX-512). */
    static void block12x2(float[] ap, int ao, float[] bp, int bo, float[] s, int so, int ss, float[] c, int k, int n, int i, int j) {
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
        for (int ak = ao, bk = bo, end = ao + 12 * k; ak < end; ak += 12, bk += 2 * L) {
            FloatVector b0 = FloatVector.fromArray(S, bp, bk);
            FloatVector b1 = FloatVector.fromArray(S, bp, bk + L);
            FloatVector x = FloatVector.broadcast(S, ap[ak]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, ap[ak + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, ap[ak + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, ap[ak + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, ap[ak + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, ap[ak + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(S, ap[ak + 6]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(S, ap[ak + 7]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
            x = FloatVector.broadcast(S, ap[ak + 8]);
            c80 = x.fma(b0, c80);
            c81 = x.fma(b1, c81);
            x = FloatVector.broadcast(S, ap[ak + 9]);
            c90 = x.fma(b0, c90);
            c91 = x.fma(b1, c91);
            x = FloatVector.broadcast(S, ap[ak + 10]);
            c100 = x.fma(b0, c100);
            c101 = x.fma(b1, c101);
            x = FloatVector.broadcast(S, ap[ak + 11]);
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

    /** 8 rows by 3 vectors: 24 accumulators, for 32 vector registers (AVX-512). */
    static void block8x3(float[] ap, int ao, float[] bp, int bo, float[] s, int so, int ss, float[] c, int k, int n, int i, int j) {
        int o = i * n + j;
        FloatVector c00 = FloatVector.fromArray(S, s, so), c01 = FloatVector.fromArray(S, s, so + L), c02 = FloatVector.fromArray(S, s, so + 2 * L);
        FloatVector c10 = FloatVector.fromArray(S, s, so + ss), c11 = FloatVector.fromArray(S, s, so + ss + L), c12 = FloatVector.fromArray(S, s, so + ss + 2 * L);
        FloatVector c20 = FloatVector.fromArray(S, s, so + 2 * ss), c21 = FloatVector.fromArray(S, s, so + 2 * ss + L), c22 = FloatVector.fromArray(S, s, so + 2 * ss + 2 * L);
        FloatVector c30 = FloatVector.fromArray(S, s, so + 3 * ss), c31 = FloatVector.fromArray(S, s, so + 3 * ss + L), c32 = FloatVector.fromArray(S, s, so + 3 * ss + 2 * L);
        FloatVector c40 = FloatVector.fromArray(S, s, so + 4 * ss), c41 = FloatVector.fromArray(S, s, so + 4 * ss + L), c42 = FloatVector.fromArray(S, s, so + 4 * ss + 2 * L);
        FloatVector c50 = FloatVector.fromArray(S, s, so + 5 * ss), c51 = FloatVector.fromArray(S, s, so + 5 * ss + L), c52 = FloatVector.fromArray(S, s, so + 5 * ss + 2 * L);
        FloatVector c60 = FloatVector.fromArray(S, s, so + 6 * ss), c61 = FloatVector.fromArray(S, s, so + 6 * ss + L), c62 = FloatVector.fromArray(S, s, so + 6 * ss + 2 * L);
        FloatVector c70 = FloatVector.fromArray(S, s, so + 7 * ss), c71 = FloatVector.fromArray(S, s, so + 7 * ss + L), c72 = FloatVector.fromArray(S, s, so + 7 * ss + 2 * L);
        for (int ak = ao, bk = bo, end = ao + 8 * k; ak < end; ak += 8, bk += 3 * L) {
            FloatVector b0 = FloatVector.fromArray(S, bp, bk);
            FloatVector b1 = FloatVector.fromArray(S, bp, bk + L);
            FloatVector b2 = FloatVector.fromArray(S, bp, bk + 2 * L);
            FloatVector x = FloatVector.broadcast(S, ap[ak]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            x = FloatVector.broadcast(S, ap[ak + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            x = FloatVector.broadcast(S, ap[ak + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            x = FloatVector.broadcast(S, ap[ak + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
            x = FloatVector.broadcast(S, ap[ak + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            c42 = x.fma(b2, c42);
            x = FloatVector.broadcast(S, ap[ak + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            c52 = x.fma(b2, c52);
            x = FloatVector.broadcast(S, ap[ak + 6]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            c62 = x.fma(b2, c62);
            x = FloatVector.broadcast(S, ap[ak + 7]);
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
