package org.wganlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fused multiply-add without an FMA instruction against {@code Math.fma} (correctly rounded
 * by its specification, whether the JVM computes it in hardware or in BigDecimal), bit for bit.
 */
class FusedMultiplyAddTest {
    private static void assertSame(float a, float b, float c) {
        float expected = Math.fma(a, b, c), actual = FusedMultiplyAdd.viaDouble(a, b, c);
        assertEquals(Float.floatToRawIntBits(expected), Float.floatToRawIntBits(actual),
                () -> "fma(" + Float.toHexString(a) + ", " + Float.toHexString(b) + ", " + Float.toHexString(c) + ") = " + Float.toHexString(expected) + ", not "
                        + Float.toHexString(actual));
    }

    /** A float with a random sign, significand and an exponent in [lo, hi]. */
    private static float anyFloat(SplittableRandom r, int lo, int hi) {
        float m = 1f + r.nextInt(1 << 23) * 0x1p-23f;
        float v = Math.scalb(m, r.nextInt(lo, hi + 1));
        return r.nextBoolean() ? v : -v;
    }

    @Test
    void randomTriplesOverTheWholeRangeOfProductsAndSums() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            int spread = i % 4 == 0 ? 126 : i % 4 == 1 ? 40 : 8;
            assertSame(anyFloat(r, -spread, spread), anyFloat(r, -spread, spread), anyFloat(r, -2 * spread, 2 * spread));
        }
    }

    /**
     * Products within a double's precision of half a float step from c: rounding a·b + c to a
     * double lands on the half-way point, and rounding that to float decides a tie the exact
     * value does not have. Half the cases here are such; the naive two roundings get some wrong
     * (asserted, so the cases keep testing what they are for).
     */
    @Test
    void sumsADoubleRoundsOntoAFloatHalfWayPoint() {
        SplittableRandom r = new SplittableRandom(11);
        int naiveWrong = 0;
        for (int i = 0; i < 20_000; i++) {
            float c = anyFloat(r, -20, 20);
            int j = r.nextInt(8, 24);
            float halfStep = Math.ulp(c) / 2 * (r.nextBoolean() ? 1 : -1);
            float a = halfStep * (1 + Math.scalb(1f, -j)), b = r.nextBoolean() ? 1 - Math.scalb(1f, -j) : 1 + Math.scalb(1f, -j);
            assertSame(a, b, c);
            assertSame(b, a, c);
            if ((float) ((double) a * b + c) != Math.fma(a, b, c)) naiveWrong++;
        }
        assertTrue(naiveWrong > 1000, "the cases exercise double rounding: " + naiveWrong);
    }

    @Test
    void subnormalResultsAndTheirHalfWayPoints() {
        float step = Float.MIN_VALUE;
        // 2^-127 + 2^-149 is an odd multiple of the subnormal step; a·b is that step's half less 2^-196.
        float a = 0x1p-75f * (1 + 0x1p-23f), b = 0x1p-75f * (1 - 0x1p-23f), c = 0x1p-127f + step;
        assertSame(a, b, c);
        assertTrue((float) ((double) a * b + c) != Math.fma(a, b, c), "the naive rounding gets this one wrong");
        SplittableRandom r = new SplittableRandom(13);
        for (int i = 0; i < 50_000; i++) {
            assertSame(anyFloat(r, -80, -60), anyFloat(r, -80, -60), anyFloat(r, -149, -120));
            assertSame(anyFloat(r, -80, -60), anyFloat(r, -80, -60), r.nextInt(-1000, 1000) * step);
        }
    }

    @Test
    void zerosInfinitiesNaNAndOverflow() {
        float[] specials = {0f, -0f, 1f, -1f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, Float.NaN, 0x1p64f, 0x1p-64f, Math.ulp(Float.MAX_VALUE) / 2, 1 + 0x1p-23f};
        for (float a : specials) for (float b : specials) for (float c : specials) assertSame(a, b, c);
        // Just over and just under the point where a sum overflows to infinity.
        float half = Math.ulp(Float.MAX_VALUE) / 2;
        assertSame(Float.MAX_VALUE, 1f, half);
        assertSame(Float.MAX_VALUE, 1f, Math.nextDown(half));
        assertSame(half, 1 - 0x1p-20f, Float.MAX_VALUE);
        assertSame(half, 1 + 0x1p-20f, Float.MAX_VALUE);
    }

    /** The plain-Java kernel with the instruction and without it: the same floats (the vector kernel's dot products sum in another order). */
    @Test
    void withoutTheInstructionTheJavaKernelRunsAndGivesTheSameFloats() throws IOException, InterruptedException {
        String with = OtherCpuRun.in("-Dwganlab.noVector=true"), without = OtherCpuRun.in("-XX:-UseFMA");
        assumeTrue(with.startsWith("java fma=hardware"), "this CPU has the instruction: " + with);
        assertEquals(with.replace("fma=hardware", "fma=software"), without);
    }
}
