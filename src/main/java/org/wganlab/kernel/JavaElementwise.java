package org.wganlab.kernel;

import java.util.Arrays;

/** Plain-Java elementwise passes: the fallback when the Vector API is absent, and the vector kernel's tails. */
final class JavaElementwise implements ElementwiseKernel {
    @Override
    public void reluMask(float[] g, float[] x, float[] out, int from, int to) {
        for (int i = from; i < to; i++) out[i] = x[i] > 0f ? g[i] : 0f;
    }

    @Override
    public void columnSums(float[] x, int rows, int cols, float[] out) {
        Arrays.fill(out, 0, cols, 0f);
        for (int r = 0, o = 0; r < rows; r++, o += cols) {
            for (int c = 0; c < cols; c++) out[c] += x[o + c];
        }
    }

    @Override
    public int clamp(float[] x, float c, float inner) {
        return clamp(x, 0, x.length, c, inner);
    }

    /** {@link #clamp(float[], float, float)} over [from, to): also the vector kernel's tail. */
    static int clamp(float[] x, int from, int to, float c, float inner) {
        int at = 0;
        for (int i = from; i < to; i++) {
            float v = Math.max(-c, Math.min(c, x[i]));
            x[i] = v;
            if (Math.abs(v) >= inner) at++;
        }
        return at;
    }

    @Override
    public int countNearBound(float[] x, float c, float tol) {
        return countNearBound(x, 0, x.length, c, tol);
    }

    /** {@link #countNearBound(float[], float, float)} over [from, to): also the vector kernel's tail. */
    static int countNearBound(float[] x, int from, int to, float c, float tol) {
        int at = 0;
        for (int i = from; i < to; i++) {
            if (Math.abs(Math.abs(x[i]) - c) <= tol) at++;
        }
        return at;
    }

    @Override
    public double sumOfSquares(float[] x) {
        double s = 0;
        for (float v : x) s += (double) v * v;
        return s;
    }

    @Override
    public void adam(float[] p, float[] g, float[] m, float[] v, float beta1, float beta2, float stepSize, float corr2, float eps) {
        adam(p, g, m, v, beta1, beta2, stepSize, corr2, eps, 0);
    }

    /** Adam's step over [from, p.length): also the vector kernel's tail. */
    static void adam(float[] p, float[] g, float[] m, float[] v, float b1, float b2, float stepSize, float c2, float e, int from) {
        for (int i = from; i < p.length; i++) {
            float gi = g[i];
            m[i] = b1 * m[i] + (1 - b1) * gi;
            v[i] = b2 * v[i] + (1 - b2) * gi * gi;
            p[i] -= stepSize * m[i] / ((float) Math.sqrt(v[i]) / c2 + e);
        }
    }

    @Override
    public void rmsProp(float[] p, float[] g, float[] ms, float decay, float lr, float eps) {
        rmsProp(p, g, ms, decay, lr, eps, 0);
    }

    /** RMSProp's step over [from, p.length): also the vector kernel's tail. */
    static void rmsProp(float[] p, float[] g, float[] ms, float d, float lr, float e, int from) {
        for (int i = from; i < p.length; i++) {
            float gi = g[i];
            ms[i] = d * ms[i] + (1 - d) * gi * gi;
            p[i] -= lr * gi / (float) Math.sqrt(ms[i] + e);
        }
    }

    @Override
    public int rmsPropClamped(float[] p, float[] g, float[] ms, float decay, float lr, float eps, float c, float inner) {
        return rmsPropClamped(p, g, ms, decay, lr, eps, c, inner, 0);
    }

    /** {@link #rmsProp} then {@link #clamp}, value by value, over [from, p.length): also the vector kernel's tail. */
    static int rmsPropClamped(float[] p, float[] g, float[] ms, float d, float lr, float e, float c, float inner, int from) {
        int at = 0;
        for (int i = from; i < p.length; i++) {
            float gi = g[i];
            ms[i] = d * ms[i] + (1 - d) * gi * gi;
            float v = Math.max(-c, Math.min(c, p[i] - lr * gi / (float) Math.sqrt(ms[i] + e)));
            p[i] = v;
            if (Math.abs(v) >= inner) at++;
        }
        return at;
    }
}
