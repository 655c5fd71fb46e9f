package org.wganlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The plain-Java kernel against a triple loop of {@code Math.fma}, bit for bit (any NaN as one: their payloads mean nothing). */
class JavaMatMulTest {
    @Test
    void zerosInATakeThePlainLoopAndGiveTheFusedFloats() {
        int m = 9, k = 40, n = 23;
        SplittableRandom r = new SplittableRandom(5);
        float[] a = new float[m * k], b = new float[k * n], bias = new float[n];
        // A as a ReLU's output: half zeros, some of them -0; B and the bias with the values whose sums with ±0 are special.
        for (int i = 0; i < a.length; i++) a[i] = r.nextInt(2) == 0 ? (r.nextBoolean() ? 0f : -0f) : (float) r.nextGaussian();
        float[] special = {0f, -0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, Float.MIN_VALUE, 1e30f};
        for (int i = 0; i < b.length; i++) b[i] = r.nextInt(20) == 0 ? special[r.nextInt(special.length)] : (float) r.nextGaussian();
        for (int j = 0; j < n; j++) bias[j] = r.nextInt(3) == 0 ? -0f : (float) r.nextGaussian();
        for (float[] start : new float[][] {null, bias}) {
            float[] c = new float[m * n], expect = new float[m * n];
            new JavaMatMul().mult(KernelTuning.defaultFor(1), a, k, 1, b, start, false, c, k, n, 0, m);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    float acc = start == null ? 0f : start[j];
                    for (int kk = 0; kk < k; kk++) acc = Math.fma(a[i * k + kk], b[kk * n + j], acc);
                    expect[i * n + j] = acc;
                }
            }
            for (int i = 0; i < c.length; i++) assertEquals(Float.floatToIntBits(expect[i]), Float.floatToIntBits(c[i]), "element " + i + ": " + expect[i] + " and " + c[i]);
        }
    }
}
