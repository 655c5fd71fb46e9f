package org.wganlab.kernel;

/**
 * One implementation of the whole-array passes beside the products: the optimizers' updates,
 * weight clipping, ReLU's backward, column sums and sums of squares, on the Vector API
 * ({@link VectorElementwise}) or in plain Java ({@link JavaElementwise}). Both do the same
 * arithmetic in the same order, element by element, except the sum of squares (a reading).
 */
interface ElementwiseKernel {
    /** out[i] = x[i] > 0 ? g[i] : 0 over [from, to): ReLU's backward. */
    void reluMask(float[] g, float[] x, float[] out, int from, int to);

    /** out (1 x cols) = the column sums of x (rows x cols): a bias gradient. */
    void columnSums(float[] x, int rows, int cols, float[] out);

    /**
     * One Adam step on every value: m = b1 m + (1 - b1) g, v = b2 v + (1 - b2) g g,
     * p -= stepSize m / (sqrt(v) / corr2 + eps), evaluated in that order.
     */
    void adam(float[] p, float[] g, float[] m, float[] v, float beta1, float beta2, float stepSize, float corr2, float eps);

    /** One RMSProp step on every value: ms = d ms + (1 - d) g g, p -= lr g / sqrt(ms + eps). */
    void rmsProp(float[] p, float[] g, float[] ms, float decay, float lr, float eps);

    /**
     * {@link #rmsProp} with each new value clamped to [-c, c] as {@link #clamp} does, in the
     * same pass; returns how many end with |v| >= inner. Weight clipping after RMSProp read
     * and wrote every weight a second time.
     */
    int rmsPropClamped(float[] p, float[] g, float[] ms, float decay, float lr, float eps, float c, float inner);

    /** Sum of squares of every value. */
    double sumOfSquares(float[] x);

    /** Clamps every value to [-c, c]; returns how many end with |v| >= inner (at a bound). */
    int clamp(float[] x, float c, float inner);

    /** How many values lie within tol of a bound: |(|v| - c)| <= tol, in float arithmetic. */
    int countNearBound(float[] x, float c, float tol);
}
