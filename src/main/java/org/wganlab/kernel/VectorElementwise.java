package org.wganlab.kernel;

import static org.wganlab.kernel.VectorBlocks.L;
import static org.wganlab.kernel.VectorBlocks.S;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * The vector kernel's elementwise passes, beside its products ({@link VectorMatMul}): ReLU's
 * backward, column sums, weight clipping, sums of squares and the optimizer steps. All but the
 * sum of squares do the plain-Java kernel's arithmetic in the same order, lane by lane, so
 * training gives the same floats on either kernel; the sum of squares (a reading, the gradient
 * norms shown) adds in lanes.
 */
final class VectorElementwise implements ElementwiseKernel {

    @Override
    public void reluMask(float[] g, float[] x, float[] out, int from, int to) {
        FloatVector zero = FloatVector.zero(S);
        int i = from;
        for (; i + L <= to; i += L) {
            FloatVector xv = FloatVector.fromArray(S, x, i);
            zero.blend(FloatVector.fromArray(S, g, i), xv.compare(VectorOperators.GT, 0f)).intoArray(out, i);
        }
        for (; i < to; i++) out[i] = x[i] > 0f ? g[i] : 0f;
    }

    @Override
    public void columnSums(float[] x, int rows, int cols, float[] out) {
        int cv = cols - cols % L;
        for (int c = 0; c < cv; c += L) {
            FloatVector acc = FloatVector.zero(S);
            // The loaded vector is the receiver, not the loop's sum: JDK 17's C2 does not always know a
            // loop-carried vector's class and then boxes the op (the add is commutative: same floats).
            for (int r = 0; r < rows; r++) acc = FloatVector.fromArray(S, x, r * cols + c).add(acc);
            acc.intoArray(out, c);
        }
        for (int c = cv; c < cols; c++) {
            float s = 0f;
            for (int r = 0; r < rows; r++) s += x[r * cols + c];
            out[c] = s;
        }
    }

    /** The count is kept in float lanes (exact below 2^24 per lane) and added up in scalar code, as in {@link VectorMatMul#dots}. */
    @Override
    public int clamp(float[] x, float c, float inner) {
        int n = x.length, nv = n - n % L;
        FloatVector zero = FloatVector.zero(S), one = FloatVector.broadcast(S, 1f), count = zero;
        for (int i = 0; i < nv; i += L) {
            FloatVector v = FloatVector.fromArray(S, x, i).max(-c).min(c);
            v.intoArray(x, i);
            count = zero.blend(one, v.abs().compare(VectorOperators.GE, inner)).add(count); // receiver not the loop's count (columnSums)
        }
        return lanesTotal(count) + JavaElementwise.clamp(x, nv, n, c, inner);
    }

    @Override
    public int countNearBound(float[] x, float c, float tol) {
        int n = x.length, nv = n - n % L;
        FloatVector zero = FloatVector.zero(S), one = FloatVector.broadcast(S, 1f), count = zero;
        for (int i = 0; i < nv; i += L) {
            FloatVector v = FloatVector.fromArray(S, x, i).abs().sub(c).abs();
            count = zero.blend(one, v.compare(VectorOperators.LE, tol)).add(count);
        }
        return lanesTotal(count) + JavaElementwise.countNearBound(x, nv, n, c, tol);
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

    /**
     * The same arithmetic as {@link JavaMatMul#adam} in the same order, lane by lane (no FMA; a
     * float square root is the double one rounded), so both kernels give the same floats.
     */
    @Override
    public void adam(float[] p, float[] g, float[] m, float[] v, float b1, float b2, float stepSize, float c2, float e) {
        int nv = p.length - p.length % L;
        float a1 = 1 - b1, a2 = 1 - b2;
        for (int i = 0; i < nv; i += L) {
            FloatVector gi = FloatVector.fromArray(S, g, i);
            FloatVector mi = FloatVector.fromArray(S, m, i).mul(b1).add(gi.mul(a1));
            FloatVector vi = FloatVector.fromArray(S, v, i).mul(b2).add(gi.mul(a2).mul(gi));
            mi.intoArray(m, i);
            vi.intoArray(v, i);
            FloatVector.fromArray(S, p, i).sub(mi.mul(stepSize).div(vi.sqrt().div(c2).add(e))).intoArray(p, i);
        }
        JavaElementwise.adam(p, g, m, v, b1, b2, stepSize, c2, e, nv);
    }

    /** As {@link JavaMatMul#rmsProp}, lane by lane, as {@link #adam}. */
    @Override
    public void rmsProp(float[] p, float[] g, float[] ms, float d, float lr, float e) {
        int nv = p.length - p.length % L;
        float a = 1 - d;
        for (int i = 0; i < nv; i += L) {
            FloatVector gi = FloatVector.fromArray(S, g, i);
            FloatVector si = FloatVector.fromArray(S, ms, i).mul(d).add(gi.mul(a).mul(gi));
            si.intoArray(ms, i);
            FloatVector.fromArray(S, p, i).sub(gi.mul(lr).div(si.add(e).sqrt())).intoArray(p, i);
        }
        JavaElementwise.rmsProp(p, g, ms, d, lr, e, nv);
    }

    /** As {@link #rmsProp} then {@link #clamp}, each new vector clamped and counted before it is stored. */
    @Override
    public int rmsPropClamped(float[] p, float[] g, float[] ms, float d, float lr, float e, float c, float inner) {
        int nv = p.length - p.length % L;
        float a = 1 - d;
        FloatVector zero = FloatVector.zero(S), one = FloatVector.broadcast(S, 1f), count = zero;
        for (int i = 0; i < nv; i += L) {
            FloatVector gi = FloatVector.fromArray(S, g, i);
            FloatVector si = FloatVector.fromArray(S, ms, i).mul(d).add(gi.mul(a).mul(gi));
            si.intoArray(ms, i);
            FloatVector v = FloatVector.fromArray(S, p, i).sub(gi.mul(lr).div(si.add(e).sqrt())).max(-c).min(c);
            v.intoArray(p, i);
            count = zero.blend(one, v.abs().compare(VectorOperators.GE, inner)).add(count); // receiver not the loop's count (columnSums)
        }
        return lanesTotal(count) + JavaElementwise.rmsPropClamped(p, g, ms, d, lr, e, c, inner, nv);
    }

    /** A count kept in float lanes (exact below 2^24 per lane), added up in scalar code. */
    private static int lanesTotal(FloatVector count) {
        float[] lanes = new float[L];
        count.intoArray(lanes, 0);
        int at = 0;
        for (float l : lanes) at += (int) l;
        return at;
    }
}
