package org.wganlab.kernel.tuning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a kernel tuning was measured on, and so what it is valid for: the CPU model (as the
 * operating system names it), the JVM (whose compiler allocates the block's registers) and the
 * vector width the JVM chose on that CPU.
 *
 * @param cpu "AMD EPYC (family 25, model 1)", "Intel(R) Xeon(R) Platinum 8481C (family 6, model 143)"
 * @param jvm the JVM's vendor and full version
 * @param floatsPerVector the vector kernel's floats per vector
 */
public record Machine(String cpu, String jvm, int floatsPerVector) {
    public Machine {
        if (cpu == null || cpu.isBlank() || jvm == null || jvm.isBlank()) throw new IllegalArgumentException("a machine needs a CPU and a JVM");
    }

    /** This machine, as this JVM runs on it. */
    public static Machine here(int floatsPerVector) {
        return new Machine(cpuHere(), System.getProperty("java.vm.vendor", "?") + " " + Runtime.version(), floatsPerVector);
    }

    private static String cpuHere() {
        String fromLinux = linuxCpu(Path.of("/proc/cpuinfo"));
        if (fromLinux != null) return fromLinux;
        String windows = System.getenv("PROCESSOR_IDENTIFIER"); // "Intel64 Family 6 Model 154 Stepping 3, GenuineIntel"
        if (windows != null && !windows.isBlank()) return windows.strip();
        // macOS and others name no model without running a program: the architecture and core count still tell laptops apart.
        return System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors() + " cores";
    }

    /** The first processor's model name, family and model from a Linux cpuinfo file; null if there is none. */
    static String linuxCpu(Path cpuinfo) {
        List<String> lines;
        try {
            if (!Files.isReadable(cpuinfo)) return null;
            lines = Files.readAllLines(cpuinfo);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        String name = null, family = null, model = null;
        for (String line : lines) {
            if (line.isBlank() && name != null) break; // the first processor's block is enough: all cores are alike here
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT), value = line.substring(colon + 1).strip();
            switch (key) {
                case "model name" -> name = value;
                case "cpu family" -> family = value;
                case "model" -> model = value;
                default -> { }
            }
        }
        if (name == null) return null;
        return family == null || model == null ? name : name + " (family " + family + ", model " + model + ")";
    }
}
