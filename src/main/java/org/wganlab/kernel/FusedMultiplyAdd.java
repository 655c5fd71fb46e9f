package org.wganlab.kernel;

/**
 * a·b + c rounded once, as {@link Math#fma(float, float, float)} defines it, and fast on CPUs
 * without an FMA instruction too. The product kernels accumulate with it, so that a product's
 * floats depend neither on the block shape and thread count nor on whether the CPU has the
 * instruction. Where HotSpot has no FMA instruction to use ({@code UseFMA} off: x86 CPUs before AVX2, such as the Celerons and
 * Pentium Silvers of many budget laptops), {@code Math.fma} computes in {@code BigDecimal} and
 * the Vector API's {@code fma} falls back to it lane by lane: a step of the default preset then
 * takes seconds. {@link #viaDouble} gives the same result with a few double operations.
 */
final class FusedMultiplyAdd {
    /** Whether the JVM fuses {@code Math.fma} into one instruction (assumed where it cannot say). */
    static final boolean IN_HARDWARE = CpuFeatures.fusedMultiplyAdd();

    /** The bits of a double's fraction below a float's 23, and their pattern at a float's half-way point. */
    private static final long BELOW_FLOAT = (1L << 29) - 1, FLOAT_HALF_WAY = 1L << 28;

    private FusedMultiplyAdd() {
    }

    /** a·b + c rounded once: the CPU's instruction where there is one, else {@link #viaDouble}. */
    static float fma(float a, float b, float c) {
        return IN_HARDWARE ? Math.fma(a, b, c) : viaDouble(a, b, c);
    }

    /**
     * a·b + c rounded once, without an FMA instruction. The product of two floats is exact in a
     * double; the sum is rounded twice, to double and then to float, and the two roundings agree
     * with one unless the double lands exactly half-way between two floats (then the first
     * rounding may have decided a tie the exact value does not have) or among float's subnormals
     * (where a float holds fewer bits): those rare sums are redone with the double rounded to
     * odd, from which rounding to float is exact (Boldo and Melquiond).
     */
    static float viaDouble(float a, float b, float c) {
        double p = (double) a * b;
        double s = p + c;
        if ((Double.doubleToRawLongBits(s) & BELOW_FLOAT) != FLOAT_HALF_WAY && !(s != 0 && Math.abs(s) < Float.MIN_NORMAL)) return (float) s;
        return (float) sumRoundedToOdd(p, c, s);
    }

    /** p + c rounded to the odd one of the two doubles around it when inexact; s is p + c rounded to nearest. */
    private static double sumRoundedToOdd(double p, double c, double s) {
        if (!Double.isFinite(s)) return s;
        double cPart = s - p; // Knuth's TwoSum: error is exactly (p + c) - s
        double error = (p - (s - cPart)) + (c - cPart);
        if (error == 0 || (Double.doubleToRawLongBits(s) & 1) != 0) return s;
        return error > 0 ? Math.nextUp(s) : Math.nextDown(s);
    }
}
