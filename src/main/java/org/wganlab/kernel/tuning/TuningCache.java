package org.wganlab.kernel.tuning;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wganlab.config.JsonFiles;
import org.wganlab.export.AtomicFiles;
import org.wganlab.kernel.BlockShape;
import org.wganlab.kernel.KernelTuning;

/**
 * The probe's choices, one per {@link Machine}, in a JSON file ({@code kernel-tuning.json}):
 * a laptop with two JDKs keeps one entry for each. A cache, not a document: a file that is
 * damaged, from another program or from a newer WGAN Lab is read as empty and replaced at the
 * next store (the probe can always measure again), and an entry that does not parse is skipped.
 */
public final class TuningCache {
    static final String FORMAT = "wgan-lab-kernel-tuning";
    static final int VERSION = 1;
    /** Entries kept, the newest first: enough for every JDK a machine is likely to have. */
    static final int MAX_ENTRIES = 16;

    private final Path file;

    public TuningCache(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The cache in this folder ({@link org.wganlab.kernel.KernelOptions#cacheDir}), or in the user's cache folder when it is null. */
    public static TuningCache standard(String cacheDir) {
        return new TuningCache(cacheFolder(cacheDir).resolve("kernel-tuning.json"));
    }

    /** Where the operating system keeps programs' caches, unless the given folder is set. */
    static Path cacheFolder(String forced) {
        if (forced != null && !forced.isBlank()) return Path.of(forced);
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT), home = System.getProperty("user.home");
        String localAppData = System.getenv("LOCALAPPDATA");
        if (os.startsWith("windows") && localAppData != null) return Path.of(localAppData, "WGAN Lab", "Cache");
        if (os.startsWith("mac")) return Path.of(home, "Library", "Caches", "WGAN Lab");
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "wgan-lab") : Path.of(home, ".cache", "wgan-lab");
    }

    /** The file as JSON. */
    record File(String format, Integer version, List<Entry> machines) {
    }

    /**
     * One machine's choice, the kernel revision it was measured on (absent before revision 2),
     * and how long its probe took. The block for a packed A is absent before revision 6 (then
     * one block served both).
     */
    record Entry(String cpu, String jvm, @JsonProperty("floats_per_vector") int floatsPerVector, @JsonProperty("kernel_revision") Integer kernelRevision, String block,
            @JsonProperty("packed_block") String packedBlock,
            @JsonProperty("k_stretch") int kStretch, @JsonProperty("panel_bytes") int panelBytes, @JsonProperty("probe_seconds") double probeSeconds) {
        /** The machine, or null when the entry names none. */
        Machine machineOrNull() {
            try {
                return new Machine(cpu, jvm, floatsPerVector);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** The tuning, or null when a value is out of range or the block unknown. */
        KernelTuning tuningOrNull() {
            try {
                BlockShape shape = BlockShape.parse(block);
                return new KernelTuning(shape, packedBlock == null ? shape : BlockShape.parse(packedBlock), kStretch, panelBytes);
            } catch (IllegalArgumentException | NullPointerException e) {
                return null;
            }
        }
    }

    /** What reading the file found. */
    public record Contents(List<Entry> entries, String problem) {
        /** Whether the file was there but could not be used (then {@link #problem} says why). */
        public boolean damaged() {
            return problem != null;
        }

        /** The tuning stored for this machine by this kernel revision, if one is stored and valid. */
        public Optional<KernelTuning> tuningFor(Machine m) {
            for (Entry e : entries) {
                if (m.equals(e.machineOrNull())) return Integer.valueOf(KernelTuning.KERNEL_REVISION).equals(e.kernelRevision()) ? Optional.ofNullable(e.tuningOrNull()) : Optional.empty();
            }
            return Optional.empty();
        }
    }

    /** The entries, or none with the reason when the file is there but unusable; none without a reason when it is absent. */
    public Contents read() {
        if (!Files.exists(file)) return new Contents(List.of(), null);
        try {
            File f = JsonFiles.read(file, File.class);
            if (!FORMAT.equals(f.format())) return new Contents(List.of(), file + " is not a kernel tuning cache");
            if (f.version() == null || f.version() != VERSION) return new Contents(List.of(), file + " has cache format " + f.version() + ", not " + VERSION);
            return new Contents(f.machines() == null ? List.of() : List.copyOf(f.machines()), null);
        } catch (RuntimeException e) {
            return new Contents(List.of(), e.getMessage());
        }
    }

    /** The tuning stored for this machine, if one is stored and valid. */
    public Optional<KernelTuning> lookup(Machine m) {
        return read().tuningFor(m);
    }

    /** Stores this machine's tuning first, replacing its old entry and keeping the other machines' (a damaged file is replaced). */
    public void store(Machine m, KernelTuning t, double probeSeconds) throws IOException {
        List<Entry> kept = new ArrayList<>();
        kept.add(new Entry(m.cpu(), m.jvm(), m.floatsPerVector(), KernelTuning.KERNEL_REVISION, t.shape().label(), t.packedShape().label(), t.kStretch(), t.panelBytes(), Math.round(probeSeconds * 10) / 10.0));
        for (Entry e : read().entries()) {
            if (kept.size() < MAX_ENTRIES && e.machineOrNull() != null && !m.equals(e.machineOrNull())) kept.add(e);
        }
        AtomicFiles.writeString(file, JsonFiles.write(new File(FORMAT, VERSION, kept)));
    }
}
