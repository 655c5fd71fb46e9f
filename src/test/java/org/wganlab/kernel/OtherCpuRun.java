package org.wganlab.kernel;

import org.wganlab.autodiff.Tensor;

import org.wganlab.autodiff.Rng;

import org.wganlab.autodiff.MatMul;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Products in a child JVM whose flags stand in for another CPU ({@code -XX:-UseFMA}: no FMA
 * instruction; {@code -XX:UseAVX=1}: no gathers), against the same products in this one.
 */
final class OtherCpuRun {
    private OtherCpuRun() {
    }

    /**
     * The kernel, its multiply-add, whether it gathers, a hash of products that pass through
     * every transpose and packing, and one of products with two columns (dot products along k,
     * which the vector kernel sums by lanes: their floats depend on the vector width).
     */
    static String describe() {
        return Products.standard().kernelName() + " fma=" + Products.fmaName() + " gathers=" + CpuFeatures.gathers() + " " + productBits(new int[][] {{37, 70, 65}, {256, 128, 128}, {64, 64, 64}, {130, 17, 250}})
                + " dots=" + productBits(new int[][] {{256, 64, 2}, {37, 70, 1}});
    }

    private static String productBits(int[][] shapes) {
        int h = 1;
        for (int[] s : shapes) {
            int m = s[0], k = s[1], n = s[2];
            Tensor a = rand(m, k, 3), b = rand(k, n, 4), bt = rand(n, k, 5), at = rand(k, m, 6), c = new Tensor(m, n);
            MatMul.mult(a, b, c);
            h = hash(h, c);
            MatMul.multTransB(a, bt, c);
            h = hash(h, c);
            MatMul.multTransA(at, b, c);
            h = hash(h, c);
        }
        return Integer.toHexString(h);
    }

    private static Tensor rand(int r, int c, long seed) {
        Tensor t = new Tensor(r, c);
        new Rng(seed).fillGaussian(t);
        return t;
    }

    private static int hash(int h, Tensor t) {
        for (float v : t.data) h = 31 * h + Float.floatToRawIntBits(v);
        return h;
    }

    /** What {@link #describe} prints in a JVM started with these flags (and the vector module where this JVM has it). */
    static String in(String... jvmFlags) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dwganlab.kernelTuning=off"));
        cmd.addAll(Arrays.asList(jvmFlags));
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) cmd.addAll(List.of("--add-modules", "jdk.incubator.vector"));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), OtherCpuRun.class.getName()));
        Process p = new ProcessBuilder(cmd).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child JVM finished");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        return out;
    }

    public static void main(String[] args) {
        System.out.println(describe());
    }
}
