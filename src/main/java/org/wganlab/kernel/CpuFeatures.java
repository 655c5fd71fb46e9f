package org.wganlab.kernel;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * What the JIT can compile to single instructions on this CPU, as HotSpot's own flags say (it
 * set them from the CPU at start, and {@code -XX:} options override them, which is how the
 * tests and the README's measurements stand in for older CPUs). Where a JVM cannot say, the
 * answer is what every CPU of the last ten years has.
 */
final class CpuFeatures {
    private CpuFeatures() {
    }

    /** Whether {@code Math.fma} and the Vector API's {@code fma} are one instruction (x86: AVX2's generation on; every ARM64). */
    static boolean fusedMultiplyAdd() {
        return !"false".equals(flag("UseFMA", "true"));
    }

    /**
     * Whether the Vector API's indexed loads are gather instructions: x86 from AVX2, ARM64 only
     * with SVE (Apple's chips have none); elsewhere each one allocates its vector and its lanes.
     */
    static boolean gathers() {
        if (arch().equals("amd64") || arch().equals("x86_64")) return parse(flag("UseAVX", "2")) >= 2;
        if (arm64()) return parse(flag("UseSVE", "0")) >= 1;
        return false;
    }

    /** Vector registers: 32 on ARM64 (NEON and SVE) and x86 with 512-bit vectors (AVX-512), 16 on x86 below. */
    static int vectorRegisters(int floatsPerVector) {
        return floatsPerVector >= 16 || arm64() ? 32 : 16;
    }

    private static boolean arm64() {
        return arch().equals("aarch64") || arch().equals("arm64");
    }

    private static String arch() {
        return System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    }

    private static int parse(String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A HotSpot flag's value, or fallback where the JVM is not HotSpot, has no such flag or its runtime lacks {@code jdk.management}. */
    private static String flag(String name, String fallback) {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hotSpot == null ? fallback : hotSpot.getVMOption(name).getValue();
        } catch (IllegalArgumentException | LinkageError notThere) {
            return fallback;
        }
    }
}
