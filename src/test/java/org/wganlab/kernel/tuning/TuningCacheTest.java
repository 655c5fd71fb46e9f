package org.wganlab.kernel.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.kernel.BlockShape;
import org.wganlab.kernel.KernelTuning;

class TuningCacheTest {
    static final Machine AMD = new Machine("AMD EPYC (family 25, model 1)", "Eclipse Adoptium 17.0.15+6", 8);
    static final Machine XEON = new Machine("Intel(R) Xeon(R) Platinum 8481C (family 6, model 143)", "Eclipse Adoptium 17.0.15+6", 16);
    static final KernelTuning A = new KernelTuning(BlockShape.R6X2, 512, 256 * 1024), B = new KernelTuning(BlockShape.R4X4, BlockShape.R12X2, 256, 1024 * 1024);

    @TempDir
    Path dir;

    @Test
    void storesOneEntryPerMachineAndFindsItAgain() throws Exception {
        TuningCache cache = new TuningCache(dir.resolve("sub").resolve("kernel-tuning.json"));
        assertEquals(Optional.empty(), cache.lookup(AMD));
        assertFalse(cache.read().damaged(), "no file yet is not damage");
        cache.store(AMD, A, 4.2);
        cache.store(XEON, B, 3.9);
        assertEquals(Optional.of(A), cache.lookup(AMD));
        assertEquals(Optional.of(B), cache.lookup(XEON));
        // Another JVM on the same CPU is another machine: its compiler allocates the registers.
        assertEquals(Optional.empty(), cache.lookup(new Machine(AMD.cpu(), "Eclipse Adoptium 25.0.1+8", 8)));
        cache.store(AMD, B, 4.0);
        assertEquals(Optional.of(B), cache.lookup(AMD));
        assertEquals(2, cache.read().entries().size(), "a probe again replaces that machine's entry");
        String json = Files.readString(cache.file());
        assertTrue(json.contains("\"format\": \"wgan-lab-kernel-tuning\"") && json.contains("\"block\": \"4x4\"") && json.contains("\"packed_block\": \"12x2\""), json);
        try (var files = Files.list(cache.file().getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }

    @Test
    void aDamagedOrForeignFileReadsAsEmptyWithTheReasonAndIsReplacedByTheNextStore() throws Exception {
        Path f = dir.resolve("kernel-tuning.json");
        TuningCache cache = new TuningCache(f);
        for (String text : new String[] {"{\"format\": \"wgan-lab-kernel-tuning\", \"version\": 1, \"machines\": [", "not json", "{\"format\": \"wgan-lab-session\", \"version\": 1, \"machines\": []}",
                "{\"format\": \"wgan-lab-kernel-tuning\", \"version\": 2, \"machines\": []}"}) {
            Files.writeString(f, text);
            TuningCache.Contents c = cache.read();
            assertTrue(c.damaged(), text);
            assertTrue(c.problem().contains("kernel-tuning.json"), c.problem());
            assertEquals(Optional.empty(), cache.lookup(AMD));
        }
        cache.store(AMD, A, 1);
        assertFalse(cache.read().damaged());
        assertEquals(Optional.of(A), cache.lookup(AMD));
    }

    @Test
    void anEntryThatDoesNotParseIsSkippedAndTheOthersStay() throws Exception {
        Path f = dir.resolve("kernel-tuning.json");
        Files.writeString(f, """
                {"format": "wgan-lab-kernel-tuning", "version": 1, "machines": [
                  {"cpu": "AMD EPYC (family 25, model 1)", "jvm": "Eclipse Adoptium 17.0.15+6", "floats_per_vector": 8, "kernel_revision": REV, "block": "9x9", "k_stretch": 512, "panel_bytes": 262144, "probe_seconds": 4},
                  {"cpu": "AMD EPYC (family 25, model 1)", "jvm": "other", "floats_per_vector": 8, "kernel_revision": REV, "block": "6x2", "k_stretch": 3, "panel_bytes": 262144, "probe_seconds": 4},
                  {"cpu": "", "jvm": "x", "floats_per_vector": 8, "block": "6x2", "k_stretch": 512, "panel_bytes": 262144, "probe_seconds": 4},
                  {"cpu": "Intel(R) Xeon(R) Platinum 8481C (family 6, model 143)", "jvm": "Eclipse Adoptium 17.0.15+6", "floats_per_vector": 16, "kernel_revision": REV, "block": "4x4", "packed_block": "12x2", "k_stretch": 256, "panel_bytes": 1048576, "probe_seconds": 3.9},
                  {"cpu": "AMD EPYC (family 25, model 1)", "jvm": "one block", "floats_per_vector": 8, "kernel_revision": REV, "block": "6x2", "k_stretch": 512, "panel_bytes": 262144, "probe_seconds": 4},
                  {"cpu": "AMD EPYC (family 25, model 1)", "jvm": "bad packed", "floats_per_vector": 8, "kernel_revision": REV, "block": "6x2", "packed_block": "9x9", "k_stretch": 512, "panel_bytes": 262144, "probe_seconds": 4}
                ]}
                """.replace("REV", String.valueOf(KernelTuning.KERNEL_REVISION)));
        TuningCache cache = new TuningCache(f);
        assertEquals(Optional.empty(), cache.lookup(AMD), "an unknown block");
        assertEquals(Optional.empty(), cache.lookup(new Machine(AMD.cpu(), "other", 8)), "a stretch out of range");
        assertEquals(Optional.of(B), cache.lookup(XEON));
        assertEquals(Optional.of(A), cache.lookup(new Machine(AMD.cpu(), "one block", 8)), "no packed block: the one block serves both");
        assertEquals(Optional.empty(), cache.lookup(new Machine(AMD.cpu(), "bad packed", 8)), "an unknown packed block");
        cache.store(AMD, A, 1);
        assertEquals(Optional.of(A), cache.lookup(AMD));
        assertEquals(Optional.of(B), cache.lookup(XEON));
        assertEquals(5, cache.read().entries().size(), "the entry naming no CPU is dropped, the replaced one once");
    }

    @Test
    void keepsTheNewestEntriesOnly() throws Exception {
        TuningCache cache = new TuningCache(dir.resolve("kernel-tuning.json"));
        for (int i = 0; i < TuningCache.MAX_ENTRIES + 5; i++) cache.store(new Machine("cpu " + i, "jvm", 8), A, 1);
        assertEquals(TuningCache.MAX_ENTRIES, cache.read().entries().size());
        assertEquals(Optional.of(A), cache.lookup(new Machine("cpu " + (TuningCache.MAX_ENTRIES + 4), "jvm", 8)));
        assertEquals(Optional.empty(), cache.lookup(new Machine("cpu 0", "jvm", 8)));
    }

    @Test
    void readsTheFirstProcessorsModelFromALinuxCpuinfo() throws Exception {
        Path f = dir.resolve("cpuinfo");
        Files.writeString(f, "processor\t: 0\nvendor_id\t: GenuineIntel\ncpu family\t: 6\nmodel\t\t: 207\nmodel name\t: Intel(R) Xeon(R) Platinum 8581C CPU @ 2.10GHz\n\n"
                + "processor\t: 1\nmodel name\t: something else\n");
        assertEquals("Intel(R) Xeon(R) Platinum 8581C CPU @ 2.10GHz (family 6, model 207)", Machine.linuxCpu(f));
        Files.writeString(f, "processor\t: 0\nCPU part\t: 0xd0c\n");
        assertEquals(null, Machine.linuxCpu(f), "no model name (as on ARM): the caller falls back");
        assertEquals(null, Machine.linuxCpu(dir.resolve("absent")));
    }

    @Test
    void aChoiceCachedByAnotherKernelRevisionIsMeasuredAgainNotTrusted() throws Exception {
        Path f = dir.resolve("kernel-tuning.json");
        String entry = "{\"cpu\": \"AMD EPYC (family 25, model 1)\", \"jvm\": \"Eclipse Adoptium 17.0.15+6\", \"floats_per_vector\": 8, %s\"block\": \"8x2\", \"k_stretch\": 256, \"panel_bytes\": 262144, \"probe_seconds\": 5}";
        TuningCache cache = new TuningCache(f);
        for (String revision : new String[] {"", "\"kernel_revision\": 1, ", "\"kernel_revision\": " + (KernelTuning.KERNEL_REVISION + 1) + ", "}) {
            Files.writeString(f, "{\"format\": \"wgan-lab-kernel-tuning\", \"version\": 1, \"machines\": [" + entry.formatted(revision) + "]}");
            assertFalse(cache.read().damaged(), "an older entry is no damage: " + revision);
            assertEquals(Optional.empty(), cache.lookup(AMD), revision);
        }
        Files.writeString(f, "{\"format\": \"wgan-lab-kernel-tuning\", \"version\": 1, \"machines\": [" + entry.formatted("\"kernel_revision\": " + KernelTuning.KERNEL_REVISION + ", ") + "]}");
        assertEquals(Optional.of(new KernelTuning(BlockShape.R8X2, 256, 262144)), cache.lookup(AMD), "the same revision's choice is used");
        cache.store(AMD, A, 4);
        assertEquals(1, cache.read().entries().size(), "the new measurement replaces the old entry");
        assertTrue(Files.readString(f).contains("\"kernel_revision\": " + KernelTuning.KERNEL_REVISION), Files.readString(f));
    }
}
