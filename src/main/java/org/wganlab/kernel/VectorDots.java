package org.wganlab.kernel;

import static org.wganlab.kernel.VectorBlocks.L;
import static org.wganlab.kernel.VectorBlocks.S;

import jdk.incubator.vector.FloatVector;

/** A B^T with few rows in B as dot products along k ({@link Products#DOT_ROWS}): a critic's last layer. */
final class VectorDots {
    private VectorDots() {
    }

    /**
     * Dot products vectorised along k, with a scalar tail. The lanes are stored and added in
     * scalar code: with reduceLanes in the method, JDK 17 ran its FMAs on the boxed slow path.
     * Four rows run at once where they can: one row alone is one FMA chain, bound by latency.
     */
    static void dots(float[] a, float[] b, float[] c, int k, int n, int rowFrom, int rowTo) {
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
        for (int kk = kv; kk < k; kk++) sum = FusedMultiplyAdd.fma(a[ai + kk], b[bj + kk], sum);
        return sum;
    }
}
