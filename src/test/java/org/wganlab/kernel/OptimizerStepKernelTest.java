package org.wganlab.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wganlab.autodiff.Rng;

/** The vector kernel's optimizer steps give the plain-Java kernel's floats, vector lanes and tail alike. */
class OptimizerStepKernelTest {
    private static final ElementwiseKernel VECTOR = Kernels.standardElementwise();

    private static float[] rand(int n, long seed, float scale) {
        Rng r = new Rng(seed);
        float[] x = new float[n];
        r.fillGaussian(x, 0, n);
        for (int i = 0; i < n; i++) x[i] *= scale;
        return x;
    }

    @ParameterizedTest
    // Lengths below one vector, whole vectors and whole vectors plus a tail.
    @ValueSource(ints = {3, 16, 64, 1000, 4099})
    void adamStepsMatchTheJavaKernel(int n) {
        assumeTrue(Products.standard().floatsPerVector() > 1, "the vector kernel runs only with jdk.incubator.vector");
        float[] p = rand(n, 1, 0.1f), m = rand(n, 2, 1e-3f), v = rand(n, 3, 1e-6f);
        for (int i = 0; i < n; i++) v[i] = Math.abs(v[i]);
        v[0] = 0f; // a fresh second moment: sqrt(0) / corr2 + eps
        float[] p2 = p.clone(), m2 = m.clone(), v2 = v.clone();
        for (int step = 1; step <= 3; step++) {
            float[] g = rand(n, 10 + step, step == 2 ? 1e-8f : 1f); // tiny gradients on one step
            float corr1 = (float) (1 - Math.pow(0.5, step)), corr2 = (float) Math.sqrt(1 - Math.pow(0.9, step));
            VECTOR.adam(p, g, m, v, 0.5f, 0.9f, 1e-4f / corr1, corr2, 1e-8f);
            new JavaElementwise().adam(p2, g, m2, v2, 0.5f, 0.9f, 1e-4f / corr1, corr2, 1e-8f);
            assertArrayEquals(m2, m, "m after step " + step);
            assertArrayEquals(v2, v, "v after step " + step);
            assertArrayEquals(p2, p, "parameters after step " + step);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 16, 64, 1000, 4099})
    void rmsPropStepsMatchTheJavaKernel(int n) {
        assumeTrue(Products.standard().floatsPerVector() > 1, "the vector kernel runs only with jdk.incubator.vector");
        float[] p = rand(n, 4, 0.01f), ms = new float[n];
        Arrays.fill(ms, 1f); // TensorFlow 1 starts the mean square at ones
        float[] p2 = p.clone(), ms2 = ms.clone();
        for (int step = 1; step <= 3; step++) {
            float[] g = rand(n, 20 + step, step == 2 ? 1e-6f : 1f);
            VECTOR.rmsProp(p, g, ms, 0.9f, 5e-5f, 1e-10f);
            new JavaElementwise().rmsProp(p2, g, ms2, 0.9f, 5e-5f, 1e-10f);
            assertArrayEquals(ms2, ms, "mean square after step " + step);
            assertArrayEquals(p2, p, "parameters after step " + step);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 16, 64, 1000, 4099})
    void rmsPropWithTheClampInOnePassGivesTheTwoPassesFloatsAndCount(int n) {
        float c = 0.01f, inner = c - c * 1e-6f;
        float[] p = rand(n, 5, 0.012f), ms = new float[n];
        Arrays.fill(ms, 1f);
        float[] p2 = p.clone(), ms2 = ms.clone(), p3 = p.clone(), ms3 = ms.clone();
        JavaElementwise java = new JavaElementwise();
        for (int step = 1; step <= 3; step++) {
            float[] g = rand(n, 30 + step, step == 2 ? 1e-6f : 100f); // large steps push values past the bound
            int fused = VECTOR.rmsPropClamped(p, g, ms, 0.9f, 5e-5f, 1e-10f, c, inner);
            java.rmsProp(p2, g, ms2, 0.9f, 5e-5f, 1e-10f);
            int twoPasses = java.clamp(p2, c, inner);
            int javaFused = java.rmsPropClamped(p3, g, ms3, 0.9f, 5e-5f, 1e-10f, c, inner);
            assertArrayEquals(ms2, ms, "mean square after step " + step);
            assertArrayEquals(p2, p, "parameters after step " + step);
            assertArrayEquals(p2, p3, "plain-Java fused parameters after step " + step);
            assertEquals(twoPasses, fused, "values at a bound after step " + step);
            assertEquals(twoPasses, javaFused);
            if (n >= 64) assertTrue(twoPasses > 0 && twoPasses < n, "some but not all values at a bound: " + twoPasses);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 16, 64, 1000, 4099})
    void valuesNearTheBoundAreCountedAsTheJavaKernelCountsThem(int n) {
        float c = 0.01f, tol = c * 1e-6f;
        float[] x = rand(n, 7, 0.02f);
        // Every third value on a bound, some a hair inside the tolerance, some just outside it.
        for (int i = 0; i < n; i += 3) x[i] = (i % 2 == 0 ? 1 : -1) * (i % 9 == 0 ? c : i % 9 == 3 ? c + 0.5f * tol : c + 4 * tol);
        int expected = 0;
        for (float v : x) if (Math.abs(Math.abs(v) - c) <= tol) expected++;
        assertEquals(expected, VECTOR.countNearBound(x, c, tol));
        assertEquals(expected, new JavaElementwise().countNearBound(x, c, tol));
        if (n >= 16) assertTrue(expected > 0 && expected < n, "some but not all values near a bound: " + expected);
    }
}
