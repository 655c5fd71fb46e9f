package org.wganlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.Launcher;

/** The inputs a new user can give that once ended in a trace, a hang or a mixed folder: each now one line and exit 2, nothing written. */
class CliReliabilityTest {
    private static final String[] SMALL = {"--hidden", "16", "--batch", "32", "--threads", "1", "--eval-samples", "100"};

    /** Runs and checks: exit 2, one line on stderr naming what, the folder's precious file untouched. */
    private static void refused(Path out, String what, String... args) throws Exception {
        CliTest.Result r = CliTest.run(args);
        assertEquals(2, r.code(), String.join(" ", args) + " -> " + r.err());
        assertTrue(r.err().contains(what), "names " + what + ": " + r.err());
        assertEquals(1, r.err().strip().split("\n").length, "one line: " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        if (out != null) assertEquals("precious", Files.readString(out.resolve("metrics.csv")));
    }

    private static Path precious(Path dir) throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("metrics.csv"), "precious");
        return out;
    }

    @Test
    void deeplyNestedFilesAreRefused(@TempDir Path dir) throws Exception {
        Path out = precious(dir);
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "{\"mixture\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
        refused(out, "deep.json", "train", "--config", deep.toString(), "--out", out.toString());
        Path deepMix = dir.resolve("deepmix.json");
        Files.writeString(deepMix, "{\"components\": [{\"mean\": " + "[".repeat(5000) + "]".repeat(5000) + "}]}");
        refused(out, "deepmix.json", "train", "--dataset", deepMix.toString(), "--out", out.toString());
    }

    @Test
    void costlyCombinationsAreRefusedBeforeTraining(@TempDir Path dir) throws Exception {
        Path out = precious(dir);
        refused(out, "--eval-samples", "train", "--eval-samples", "50000", "--out", out.toString());
        refused(out, "memory", "train", "--hidden", "4096", "--layers", "64", "--out", out.toString());
        refused(out, "pixels per side", "train", "--export", "png", "--export-size", "20000x20000", "--export-scale", "8", "--out", out.toString());
        refused(out, "MB per picture", "train", "--export", "png", "--export-size", "16000x16000", "--out", out.toString());
        refused(out, "--export", "train", "--export-size", "800x600", "--out", out.toString());
        refused(out, "--frames-every", "train", "--frames-every", "0", "--out", out.toString());
    }

    @Test
    void impossiblePathsAndEmptyNamesAreRefused(@TempDir Path dir) throws Exception {
        Path out = precious(dir);
        refused(null, "--out", "train", "--out", "");
        refused(null, "--out", "train", "--out", dir + "/a\u0000b");
        refused(out, "--config", "train", "--config", "a\u0000b.json", "--out", out.toString());
        refused(out, "no such file", "train", "--config", dir.resolve("missing.json").toString(), "--out", out.toString());
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\"dataset\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        refused(out, "not UTF-8", "train", "--config", latin1.toString(), "--out", out.toString());
        refused(out, "--hidden", "train", "--hidden", "16", "--hidden", "32", "--out", out.toString());
    }

    @Test
    void absurdDataIsRefusedAsBadData(@TempDir Path dir) throws Exception {
        Path out = precious(dir);
        String[][] cases = {{"{\"components\": [{\"mean\": [1e300, 0], \"std\": 0.1}]}", "mean"},
            {"{\"components\": [{\"mean\": [0, 0], \"std\": 1e200}]}", "spread"},
            {"{\"components\": [{\"mean\": [0, 0], \"std\": 0.1, \"weight\": 1e308}, {\"mean\": [1, 0], \"std\": 0.1, \"weight\": 1e308}]}", "weight"}};
        for (String[] c : cases) {
            Path f = dir.resolve("mix.json");
            Files.writeString(f, c[0]);
            refused(out, c[1], "train", "--dataset", f.toString(), "--out", out.toString());
        }
    }

    @Test
    void seedsAreWholeAndExact(@TempDir Path dir) throws Exception {
        Path out = precious(dir);
        for (String seed : List.of("1.5", "1e30")) {
            Path f = dir.resolve("seed.json");
            Files.writeString(f, "{\"seed\": " + seed + "}");
            refused(out, "seed", "train", "--config", f.toString(), "--out", out.toString());
        }
        Path f = dir.resolve("big.json");
        long big = (1L << 53) + 1;
        Files.writeString(f, "{\"seed\": " + big + "}");
        Path o = dir.resolve("big");
        assertEquals(0, CliTest.run(CliTest.args(SMALL, "train", "--iters", "1", "--config", f.toString(), "--out", o.toString())).code());
        assertTrue(Files.readString(o.resolve("config.json")).contains("\"seed\": " + big), "the seed used is the seed written");
    }

    @Test
    void aByteOrderMarkIsAccepted(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bom.json");
        Files.writeString(f, "\uFEFF{\"mode\": \"clip\"}");
        CliTest.Result r = CliTest.run(CliTest.args(SMALL, "train", "--iters", "1", "--config", f.toString()));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lastLine().contains("mode=clip"));
    }

    @Test
    void aReusedFolderHoldsOnlyTheNewRun(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("frames"));
        for (String old : List.of("summary.json", "eval.csv", "plane.png", "dashboard.pdf", "samples.csv", "frames/plane-000001.png", ".metrics.csv.part", ".plane.png.1f.part")) {
            Files.writeString(out.resolve(old), "from an earlier run");
        }
        Files.writeString(out.resolve("notes.txt"), "the user's own");
        CliTest.Result r = CliTest.run(CliTest.args(SMALL, "train", "--mode", "none", "--optimizer", "sgd", "--lr", "10", "--iters", "100", "--out", out.toString()));
        assertEquals(3, r.code(), r.err());
        for (String old : List.of("summary.json", "eval.csv", "plane.png", "dashboard.pdf", "samples.csv", "frames/plane-000001.png", ".metrics.csv.part", ".plane.png.1f.part")) {
            assertFalse(Files.exists(out.resolve(old)), old + " of the earlier run is gone");
        }
        assertTrue(Files.exists(out.resolve("metrics.csv")) && Files.exists(out.resolve("config.json")));
        assertEquals("the user's own", Files.readString(out.resolve("notes.txt")), "files the app did not write are left alone");
    }

    @Test
    void anInterruptedRunKeepsItsRowsInMetricsCsv(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.wganlab.Launcher",
                "train", "--hidden", "16", "--batch", "32", "--threads", "1", "--iters", "100000000", "--out", out.toString());
        Path log = dir.resolve("log.txt");
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        long end = System.nanoTime() + 60_000_000_000L;
        Path part = out.resolve(".metrics.csv.part");
        while (!(Files.exists(part) && Files.size(part) > 2000) && System.nanoTime() < end) Thread.sleep(50);
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the run stops");
        String said = Files.readString(log);
        assertTrue(said.contains("interrupted after"), said);
        assertFalse(Files.exists(part), "no hidden partial file");
        List<String> rows = Files.readAllLines(out.resolve("metrics.csv"));
        assertTrue(rows.size() > 10 && rows.get(0).startsWith("iter,"), "the rows so far: " + rows.size());
        assertFalse(Files.exists(out.resolve("summary.json")));
    }

    /** Item 12, a full disk: the metrics' temporary file is made a link to /dev/full, where every write fails with ENOSPC. */
    @Test
    void aFullDiskStopsTheRunWithOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path fullDevice = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(fullDevice), "Linux's /dev/full");
        Files.createSymbolicLink(dir.resolve(".metrics.csv.part"), fullDevice);
        CliTest.Result r = CliTest.run("train", "--iters", "150", "--hidden", "16", "--batch", "32", "--threads", "1", "--eval-samples", "100", "--out", dir.toString());
        assertEquals(Cli.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().startsWith("wgan-lab: cannot write " + dir.resolve("metrics.csv") + ": No space left on device"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, no trace: " + r.err());
        assertFalse(Files.exists(dir.resolve(".metrics.csv.part"), LinkOption.NOFOLLOW_LINKS), "no temporary file left");
        assertFalse(Files.exists(dir.resolve("summary.json")), "no summary: the run did not finish");
    }

    /** Item 13: messages that say what went wrong. */
    @Test
    void wholeNumbersAndImpossibleFoldersAreToldInWords() {
        CliTest.Result big = CliTest.run("train", "--hidden", "99999999999");
        assertEquals(Cli.BAD_INPUT, big.code());
        assertTrue(big.err().contains("'99999999999' is too large a number"), big.err());
        CliTest.Result frac = CliTest.run("train", "--batch", "3.5");
        assertTrue(frac.err().contains("'3.5' is not a whole number"), frac.err());
        assertFalse(frac.err().contains("int"), frac.err());
        CliTest.Result proc = CliTest.run("train", "--iters", "1", "--out", "/proc/no/such/folder");
        assertEquals(Cli.BAD_INPUT, proc.code());
        assertTrue(proc.err().contains("no such file or folder") || proc.err().contains("permission denied"), proc.err());
        assertFalse(proc.err().contains("Exception"), proc.err());
    }
}
