package org.wganlab.autodiff;

/**
 * Matrix products, the work that dominates training: C = A B, C = A^T B and C = A B^T,
 * without materialising transposes of large operands.
 *
 * <p>Uses the register-blocked Vector API kernel when the jdk.incubator.vector module is
 * present (run with {@code --add-modules jdk.incubator.vector}) and a plain-Java kernel
 * otherwise. Rows of C are split across {@link Parallel} threads.
 */
public final class MatMul {
    /** A(i,k) = a[i * si + k * sk]: one kernel covers A and A^T. */
    interface Kernel {
        void mult(float[] a, int si, int sk, float[] b, float[] c, int k, int n, int rowFrom, int rowTo);
    }

    private static final Kernel KERNEL = chooseKernel();
    private static final ThreadLocal<float[]> SCRATCH = ThreadLocal.withInitial(() -> new float[0]);

    private MatMul() {
    }

    private static Kernel chooseKernel() {
        if (Boolean.getBoolean("wganlab.noVector")) return new JavaMatMul();
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        if (!present) return new JavaMatMul();
        try {
            return (Kernel) Class.forName("org.wganlab.autodiff.VectorMatMul").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return new JavaMatMul();
        }
    }

    /** Which kernel runs: "vector" or "java". */
    public static String kernelName() {
        return KERNEL instanceof JavaMatMul ? "java" : "vector";
    }

    /** C = A B. */
    public static void mult(Tensor a, Tensor b, Tensor c) {
        check(a.cols == b.rows && c.rows == a.rows && c.cols == b.cols, "mult", a, b, c);
        run(a.data, a.cols, 1, b.data, c.data, a.rows, a.cols, b.cols);
    }

    /** C = A^T B. */
    public static void multTransA(Tensor a, Tensor b, Tensor c) {
        check(a.rows == b.rows && c.rows == a.cols && c.cols == b.cols, "multTransA", a, b, c);
        run(a.data, 1, a.cols, b.data, c.data, a.cols, a.rows, b.cols);
    }

    /** C = A B^T. B^T is written once into a per-thread scratch buffer: O(nk) next to O(mnk). */
    public static void multTransB(Tensor a, Tensor b, Tensor c) {
        check(a.cols == b.cols && c.rows == a.rows && c.cols == b.rows, "multTransB", a, b, c);
        int n = b.rows;
        int k = b.cols;
        float[] bt = SCRATCH.get();
        if (bt.length < n * k) {
            bt = new float[n * k];
            SCRATCH.set(bt);
        }
        float[] bd = b.data;
        for (int j = 0; j < n; j++) {
            int row = j * k;
            for (int kk = 0; kk < k; kk++) bt[kk * n + j] = bd[row + kk];
        }
        run(a.data, a.cols, 1, bt, c.data, a.rows, k, n);
    }

    private static void run(float[] a, int si, int sk, float[] b, float[] c, int m, int k, int n) {
        if (k == 0) {
            java.util.Arrays.fill(c, 0, m * n, 0f);
            return;
        }
        long work = (long) m * n * k;
        Parallel.forRange(m, 4, work, (from, to) -> KERNEL.mult(a, si, sk, b, c, k, n, from, to));
    }

    private static void check(boolean ok, String what, Tensor a, Tensor b, Tensor c) {
        if (!ok) {
            throw new IllegalArgumentException(what + ": incompatible shapes " + a.shape() + ", " + b.shape() + " -> " + c.shape());
        }
    }
}
