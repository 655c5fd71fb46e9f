package org.wganlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** HotSpot's flags read as the CPU's features, and the vector kernel without gathers giving the same floats. */
class CpuFeaturesTest {
    private static void assumeX86WithAvx2() {
        assumeTrue(Set.of("amd64", "x86_64").contains(System.getProperty("os.arch")), "the flags standing in for older CPUs here are x86's");
        assumeTrue(CpuFeatures.gathers() && CpuFeatures.fusedMultiplyAdd(), "this CPU has AVX2's gathers and FMA");
    }

    @Test
    void flagsForAnOlderCpuReadAsItsFeatures() throws IOException, InterruptedException {
        assumeX86WithAvx2();
        assertEquals("fma=hardware gathers=false", feature(OtherCpuRun.in("-XX:UseAVX=1")));
        assertEquals("fma=software gathers=false", feature(OtherCpuRun.in("-XX:UseAVX=0")));
        assertEquals("fma=software gathers=true", feature(OtherCpuRun.in("-XX:-UseFMA")));
        assertEquals("fma=hardware gathers=true", feature(OtherCpuRun.in()));
    }

    private static String feature(String described) {
        String[] w = described.split(" ");
        return w[1] + " " + w[2];
    }

    @Test
    void withoutGathersTheVectorKernelTransposesByCopyingToTheSameFloats() throws IOException, InterruptedException {
        assumeX86WithAvx2();
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "the vector kernel can run (Maven's second pass runs without it)");
        // AVX2 with gathers, AVX without. The dot products are left out: they add their lanes, and the JVM's
        // preferred vector is 128 bits under AVX (as wide as its byte vectors) against 256 under AVX2.
        String with = OtherCpuRun.in("-XX:UseAVX=2").replaceFirst(" dots=.*", ""), without = OtherCpuRun.in("-XX:UseAVX=1").replaceFirst(" dots=.*", "");
        assertEquals("vector fma=hardware gathers=true", with.substring(0, with.lastIndexOf(" ")));
        assertEquals(with.replace("gathers=true", "gathers=false"), without);
    }
}
