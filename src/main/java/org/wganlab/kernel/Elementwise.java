package org.wganlab.kernel;

/**
 * Whole-array passes on the kernel in use (the vector kernel when the JVM has it): optimizer
 * steps, weight clipping, ReLU's backward, column sums, sums of squares. Memory-bound where the
 * products are not: large ones split across threads, each in one pass over its arrays.
 */
public final class Elementwise {
    private static final ElementwiseKernel KERNEL = Kernels.standardElementwise();

    private Elementwise() {
    }

    /** out (1 x cols) = the column sums of x (rows x cols). */
    public static void columnSums(float[] x, int rows, int cols, float[] out) {
        long t0 = start();
        KERNEL.columnSums(x, rows, cols, out);
        end(Breakdown.Phase.ELEMENTWISE, t0);
    }

    /**
     * Clamps every value of x to [-c, c] and returns how many end with |v| >= inner: weight
     * clipping, with the values left at a bound counted in the same pass.
     */
    public static int clamp(float[] x, float c, float inner) {
        long t0 = start();
        int at = KERNEL.clamp(x, c, inner);
        end(Breakdown.Phase.OPTIMIZER, t0);
        return at;
    }

    /** How many values of x lie within tol of the bound c (|(|v| - c)| <= tol): the weights a clipping critic would hold at its bounds. */
    public static int countNearBound(float[] x, float c, float tol) {
        long t0 = start();
        int at = KERNEL.countNearBound(x, c, tol);
        end(Breakdown.Phase.ELEMENTWISE, t0);
        return at;
    }

    /** An Adam step over a parameter's values, on the vector kernel when there is one (see {@link ElementwiseKernel#adam}). */
    public static void adamStep(float[] p, float[] g, float[] m, float[] v, float beta1, float beta2, float stepSize, float corr2, float eps) {
        long t0 = start();
        KERNEL.adam(p, g, m, v, beta1, beta2, stepSize, corr2, eps);
        end(Breakdown.Phase.OPTIMIZER, t0);
    }

    /** An RMSProp step over a parameter's values, on the vector kernel when there is one (see {@link ElementwiseKernel#rmsProp}). */
    public static void rmsPropStep(float[] p, float[] g, float[] ms, float decay, float lr, float eps) {
        long t0 = start();
        KERNEL.rmsProp(p, g, ms, decay, lr, eps);
        end(Breakdown.Phase.OPTIMIZER, t0);
    }

    /** An RMSProp step with weight clipping in the same pass (see {@link ElementwiseKernel#rmsPropClamped}); returns the values left at a bound. */
    public static int rmsPropClampedStep(float[] p, float[] g, float[] ms, float decay, float lr, float eps, float c, float inner) {
        long t0 = start();
        int at = KERNEL.rmsPropClamped(p, g, ms, decay, lr, eps, c, inner);
        end(Breakdown.Phase.OPTIMIZER, t0);
        return at;
    }

    public static double sumOfSquares(float[] x) {
        long t0 = start();
        double s = KERNEL.sumOfSquares(x);
        end(Breakdown.Phase.ELEMENTWISE, t0);
        return s;
    }

    /** out = x > 0 ? g : 0, elementwise, on the vector kernel when there is one. */
    public static void reluMask(float[] g, float[] x, float[] out) {
        long t0 = start();
        long work = Parallel.ELEMENT_WORK * out.length;
        if (Parallel.splits(out.length, 256, work)) Parallel.forRange(out.length, 256, work, (from, to) -> KERNEL.reluMask(g, x, out, from, to));
        else KERNEL.reluMask(g, x, out, 0, out.length);
        end(Breakdown.Phase.ELEMENTWISE, t0);
    }

    /** A pass of another package's elementwise loops (the autodiff's), timed as one: its start. */
    public static long start() {
        return Breakdown.counts() ? System.nanoTime() : 0;
    }

    /** ... and its end, counted under this phase when the breakdown is on. */
    public static void end(Breakdown.Phase phase, long t0) {
        if (t0 != 0) Breakdown.add(phase, System.nanoTime() - t0);
    }
}
