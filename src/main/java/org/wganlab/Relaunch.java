package org.wganlab;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Started as {@code java -jar wgan-lab.jar}, the app runs once more in a child JVM that has what
 * a plain {@code java -jar} cannot give it: the Vector API module (the fast kernels) and this
 * platform's JavaFX natives, which the jar carries for Linux, Windows and macOS (x64 and Apple
 * silicon) in {@code natives/<platform>/} and which are copied to a temporary folder removed
 * at exit. Same arguments, same standard streams, same exit code; TERM and INT reach the child.
 */
final class Relaunch {
    /** Set on the child's command line: it runs the app itself. */
    static final String CHILD = "wganlab.launched";
    static final String VECTOR = "jdk.incubator.vector";

    private Relaunch() {
    }

    /** The jar this class was loaded from, or null when it runs from classes (Maven, tests, an app image that set CHILD). */
    static Path jar() {
        if (Boolean.getBoolean(CHILD)) return null;
        try {
            Path p = Path.of(Relaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** natives/linux, natives/win, natives/mac or natives/mac-aarch64. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT), arch = System.getProperty("os.arch", "");
        if (os.contains("win")) return "win";
        if (os.contains("mac")) return arch.equals("aarch64") || arch.equals("arm64") ? "mac-aarch64" : "mac";
        return "linux";
    }

    /** Runs the app in a child JVM and returns its exit code. */
    static int run(Path jar, String[] args) throws IOException, InterruptedException {
        Path natives = Files.createTempDirectory("wgan-lab-natives");
        try {
            extract(jar, "natives/" + platform() + "/", natives);
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            boolean vector = ModuleFinder.ofSystem().find(VECTOR).isPresent();
            if (vector) {
                cmd.add("--add-modules");
                cmd.add(VECTOR);
            } else {
                System.err.println("wgan-lab: this Java has no " + VECTOR + " module: the slower plain-Java kernels run (any JDK 17 or later has it).");
            }
            cmd.addAll(quieting(Runtime.version().feature()));
            if (platform().equals("linux")) cmd.addAll(hugePages(readQuietly(TRANSPARENT_HUGE_PAGES)));
            cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            cmd.add("-D" + CHILD + "=true");
            cmd.add("-Djava.library.path=" + natives);
            cmd.addAll(List.of("-cp", jar.toString(), Launcher.class.getName()));
            cmd.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
            // Windows finds a DLL's own dependencies (the C runtime JavaFX ships) on the PATH.
            if (platform().equals("win")) pb.environment().merge("Path", natives.toString(), (a, b) -> b + File.pathSeparator + a);
            Process child = pb.start();
            Thread forward = new Thread(() -> {
                child.destroy();
                try {
                    child.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                delete(natives);
            }, "wganlab-relaunch");
            Runtime.getRuntime().addShutdownHook(forward);
            int code = child.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(forward);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs and cleans up.
            }
            return code;
        } finally {
            delete(natives);
        }
    }

    /**
     * Options that keep a newer JDK from warning, at every start, about what JavaFX does as it
     * always has: loading its natives (System::load, warned of from JDK 24) and Marlin's
     * off-heap arrays (sun.misc.Unsafe, from 24). Older JDKs need none, and 17 rejects the second.
     */
    static List<String> quieting(int feature) {
        if (feature < 24) return List.of();
        return List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
    }

    /** Where Linux says whether, and when, it backs memory with 2 MB pages: "always [madvise] never". */
    static final Path TRANSPARENT_HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    /**
     * Asks for 2 MB pages for the heap where Linux gives them only to memory that asks
     * ("[madvise]"). A wide network's step streams more weights and activations through its
     * products than 4 KB pages' translations cover, and products whose operands come from the L3
     * run faster with them (docs/performance.md). With "[always]" the heap has them already; with
     * "[never]" (or no such file) the JVM would only warn.
     */
    static List<String> hugePages(String setting) {
        return setting != null && setting.contains("[madvise]") ? List.of("-XX:+UseTransparentHugePages") : List.of();
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void extract(Path jar, String prefix, Path to) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = j.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(prefix)) continue;
                try (InputStream in = j.getInputStream(entry)) {
                    Files.copy(in, to.resolve(entry.getName().substring(prefix.length())));
                }
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // A temporary folder the system clears anyway.
        }
    }
}
