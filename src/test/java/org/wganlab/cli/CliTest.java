package org.wganlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.kernel.Products;

class CliTest {
    record Result(int code, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }

        Map<String, String> summary() {
            Map<String, String> m = new HashMap<>();
            for (String kv : lastLine().split(" ")) {
                int i = kv.indexOf('=');
                m.put(kv.substring(0, i), kv.substring(i + 1));
            }
            return m;
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static final String[] SMALL = {"--hidden", "16", "--batch", "32", "--threads", "1", "--eval-samples", "200"};

    static String[] args(String[] base, String... more) {
        String[] a = new String[base.length + more.length];
        System.arraycopy(more, 0, a, 0, more.length);
        System.arraycopy(base, 0, a, more.length, base.length);
        return a;
    }

    @Test
    void trainWritesEveryFileAndASummaryWithEveryKey(@TempDir Path dir) throws Exception {
        Result r = run(args(SMALL, "train", "--iters", "30", "--eval-every", "10", "--out", dir.toString()));
        assertEquals(0, r.code(), r.err());
        Map<String, String> s = r.summary();
        for (String k : List.of("iters", "seconds", "generator_iters_per_s", "w_estimate", "w1", "modes_covered", "modes_total",
                "hq_fraction", "grad_norm_interp_mean", "clip_fraction")) {
            assertTrue(s.containsKey(k), "missing " + k + " in " + r.lastLine());
        }
        assertEquals("30", s.get("iters"));
        assertEquals("8", s.get("modes_total"));
        List<String> csv = Files.readAllLines(dir.resolve("metrics.csv"));
        assertTrue(csv.get(0).startsWith("iter,critic_loss,generator_loss,w_estimate"));
        assertEquals(31, csv.size(), "a header and one row per generator iteration");
        assertEquals(3, Files.readAllLines(dir.resolve("eval.csv")).size() - 1, "evaluations at 10, 20 and the end");
        assertTrue(Files.readString(dir.resolve("summary.json")).contains("\"w1\""));
        assertTrue(Files.exists(dir.resolve("config.json")));
    }

    @Test
    void transportCsvHoldsTheFinalEvaluationsOptimalCouplingWhoseMeanIsW1(@TempDir Path dir) throws Exception {
        Result r = run("train", "--hidden", "16", "--batch", "32", "--threads", "1", "--eval-samples", "150", "--iters", "5", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("transport.csv"));
        assertEquals("real_x,real_y,generated_x,generated_y,distance", rows.get(0));
        assertEquals(151, rows.size(), "one row per matched pair");
        Set<String> real = new HashSet<>(), generated = new HashSet<>();
        double sum = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",");
            real.add(c[0] + "," + c[1]);
            generated.add(c[2] + "," + c[3]);
            double d = Double.parseDouble(c[4]);
            assertEquals(Math.hypot(Double.parseDouble(c[0]) - Double.parseDouble(c[2]), Double.parseDouble(c[1]) - Double.parseDouble(c[3])), d, 1e-6);
            sum += d;
        }
        assertEquals(150, real.size(), "every real point once");
        assertEquals(150, generated.size(), "every generated point once");
        String summary = Files.readString(dir.resolve("summary.json"));
        double w1 = Double.parseDouble(summary.replaceAll("(?s).*\"w1\": ([0-9.eE-]+).*", "$1"));
        assertEquals(w1, sum / 150, 1e-6);
    }

    @Test
    void sameSeedAndConfigGiveAnIdenticalMetricsCsvAndConfigJsonReloads(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a"), b = dir.resolve("b");
        assertEquals(0, run(args(SMALL, "train", "--iters", "20", "--mode", "clip", "--seed", "5", "--out", a.toString())).code());
        assertEquals(0, run("train", "--config", a.resolve("config.json").toString(), "--out", b.toString()).code());
        assertEquals(Files.readString(a.resolve("metrics.csv")), Files.readString(b.resolve("metrics.csv")));
        assertEquals(Files.readString(a.resolve("config.json")), Files.readString(b.resolve("config.json")));
    }

    @Test
    void swissrollHasNoModesAndSaysNan(@TempDir Path dir) {
        Result r = run(args(SMALL, "train", "--iters", "3", "--dataset", "swissroll"));
        assertEquals(0, r.code(), r.err());
        assertEquals("nan", r.summary().get("modes_covered"));
        assertEquals("nan", r.summary().get("hq_fraction"));
    }

    @Test
    void aMixtureFileIsADataset(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("two.json");
        Files.writeString(f, "{\"components\": [{\"mean\": [1, 1], \"std\": 0.05}, {\"mean\": [-1, -1], \"std\": 0.05, \"weight\": 2}]}");
        Result r = run(args(SMALL, "train", "--iters", "3", "--dataset", f.toString(), "--out", dir.resolve("o").toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals("2", r.summary().get("modes_total"));
        assertTrue(Files.readString(dir.resolve("o/config.json")).contains("\"mixture\""));
    }

    @Test
    void benchBreaksTheDrivingThreadsTimeDownByPhase() {
        Result r = run("bench", "--hidden", "128", "--batch", "64", "--threads", "1", "--iters", "3", "--warmup", "2", "--warmup-seconds", "0", "--no-settle", "--breakdown");
        assertEquals(0, r.code(), r.err());
        String line = r.out().lines().filter(l -> l.startsWith("breakdown ")).findFirst().orElseThrow(() -> new AssertionError(r.out()));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" products=([0-9.]+)\\(").matcher(line);
        assertTrue(m.find() && Double.parseDouble(m.group(1)) > 0, "the products take time: " + line);
        for (String phase : List.of("waiting_in_products=", "elementwise=", "optimizer=", "packing=", "waiting=", "rest=")) assertTrue(line.contains(" " + phase), line);
        assertTrue(r.lastLine().startsWith("generator_iters_per_s="), "the rate stays last");
    }

    @Test
    void benchWarmsUpForAtLeastTheAskedIterationsAndPrintsItsRateLast() {
        Result r = run("bench", "--hidden", "8", "--batch", "16", "--threads", "1", "--iters", "3", "--warmup", "4", "--warmup-seconds", "0", "--no-settle");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(" warmup=4 "), r.out());
        // What the figures were measured with: the vector width this JVM chose (or "-" for plain Java) and the Java release.
        int floats = Products.standard().floatsPerVector();
        assertTrue(r.out().contains(" vector_bits=" + (floats == 1 ? "-" : String.valueOf(32 * floats)) + " "), r.out());
        assertTrue(r.out().contains(" java=" + Runtime.version().feature() + " "), r.out());
        assertTrue(r.lastLine().matches("generator_iters_per_s=[0-9]+\\.[0-9]+"), r.lastLine());
        assertTrue(Double.parseDouble(r.lastLine().split("=")[1]) > 0);
        // HotSpot counts allocation per thread: the bench says how much its timed iterations allocated.
        assertTrue(r.out().matches("(?s).*\nallocated_kb_per_iter=[0-9]+\\.[0-9]\n.*"), r.out());
        Result timed = run("bench", "--hidden", "8", "--batch", "16", "--threads", "1", "--iters", "1", "--warmup", "0", "--warmup-seconds", "0.3", "--no-settle");
        assertTrue(timed.out().matches("(?s).* warmup=([1-9][0-9]*) warmup_s=0\\.[3-9].*"), "warms up for 0.3 s: " + timed.out());
        // The products' work per iteration, counted from their shapes: every product is linear in the batch.
        long f16 = flops(run("bench", "--hidden", "8", "--batch", "16", "--threads", "1", "--iters", "1", "--warmup", "0", "--warmup-seconds", "0", "--no-settle")),
                f32 = flops(run("bench", "--hidden", "8", "--batch", "32", "--threads", "1", "--iters", "1", "--warmup", "0", "--warmup-seconds", "0", "--no-settle"));
        assertTrue(f16 > 0 && f32 == 2 * f16, f16 + " then " + f32);
        assertTrue(r.out().matches("(?s).* limit_fraction=[0-9]+\\.[0-9]{2}\n.*"), r.out());
        Result bad = run("bench", "--warmup-seconds", "-1");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--warmup-seconds"), bad.err());
    }

    private static long flops(Result r) {
        Matcher m = Pattern.compile("matmul_flops_per_iter=([0-9]+)").matcher(r.out());
        assertTrue(m.find(), r.out());
        return Long.parseLong(m.group(1));
    }

    @Test
    void badInputIsRefusedWithExitCode2BeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("metrics.csv"), "precious");
        String o = out.toString();
        Map<String[], String> cases = new LinkedHashMap<>();
        cases.put(new String[] {"train", "--bogus", "1", "--out", o}, "--bogus");
        cases.put(new String[] {"train", "--dataset", "9gaussians", "--out", o}, "9gaussians");
        cases.put(new String[] {"train", "--hidden", "0", "--out", o}, "hidden");
        cases.put(new String[] {"train", "--threads", "5000", "--out", o}, "threads");
        cases.put(new String[] {"train", "--hidden", "-5", "--out", o}, "-5");
        cases.put(new String[] {"train", "--hidden", "wide", "--out", o}, "wide");
        cases.put(new String[] {"train", "--mode", "wgan", "--out", o}, "wgan");
        cases.put(new String[] {"train", "--lr", "0", "--out", o}, "lr");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n \"mode\": \"gp\",\n \"hidden\": 12 13\n}");
        cases.put(new String[] {"train", "--config", broken.toString(), "--out", o}, "line 3");
        cases.put(new String[] {"train", "--config", dir.resolve("nope.json").toString(), "--out", o}, "nope.json");
        Path file = dir.resolve("afile");
        Files.writeString(file, "x");
        cases.put(new String[] {"train", "--out", file.toString()}, "afile");
        cases.put(new String[] {"frobnicate"}, "frobnicate");
        for (Map.Entry<String[], String> c : cases.entrySet()) {
            Result r = run(c.getKey());
            assertEquals(2, r.code(), String.join(" ", c.getKey()));
            assertTrue(r.err().contains(c.getValue()), "message names the bad value: " + r.err());
            assertEquals(1, r.err().strip().split("\n").length, "one line: " + r.err());
        }
        assertEquals("precious", Files.readString(out.resolve("metrics.csv")));
        assertEquals(1, Files.list(out).count());
    }

    @Test
    void divergenceStopsWithExitCode3AndKeepsWhatWasWritten(@TempDir Path dir) throws Exception {
        Result r = run(args(SMALL, "train", "--mode", "none", "--optimizer", "sgd", "--lr", "10", "--iters", "200", "--out", dir.toString()));
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("diverged"), r.err());
        assertTrue(Files.exists(dir.resolve("metrics.csv")));
        assertTrue(Files.exists(dir.resolve("config.json")));
        assertFalse(Files.exists(dir.resolve("summary.json")));
    }

    @Test
    void exportWritesEveryViewInEveryFormatWithFramesAndAGif(@TempDir Path dir) throws Exception {
        Result r = run(args(SMALL, "train", "--iters", "12", "--export", "png,svg,pdf", "--frames-every", "5", "--export-size", "400x300",
                "--composite", "plane,losses", "--out", dir.toString()));
        assertEquals(0, r.code(), r.err());
        for (String view : List.of("plane", "wasserstein", "grad-norms", "weights", "layer-grads", "losses", "dashboard", "composite")) {
            for (String ext : List.of("png", "svg", "pdf")) assertTrue(Files.size(dir.resolve(view + "." + ext)) > 1000, view + "." + ext);
        }
        for (String data : List.of("samples.csv", "critic-grid.csv", "history.csv", "events.csv", "evals.csv")) assertTrue(Files.exists(dir.resolve(data)), data);
        try (var frames = Files.list(dir.resolve("frames"))) {
            assertEquals(4, frames.count(), "after iterations 1, 6, 11 and the last, 12");
        }
        assertTrue(Files.size(dir.resolve("training.gif")) > 1000);
    }

    @Test
    void badExportRequestsAreRefusedBeforeTraining(@TempDir Path dir) throws Exception {
        Result r = run("train", "--export", "png,jpeg", "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("jpeg"), r.err());
        r = run("train", "--export", "png");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--out"), r.err());
        Files.writeString(dir.resolve("frames"), "a file where the frames folder goes");
        r = run("train", "--frames-every", "5", "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("frames"), r.err());
        r = run("train", "--export", "png", "--composite", "plane,heatmap", "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("heatmap"), r.err());
        r = run("train", "--export", "png", "--export-size", "big", "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("big"), r.err());
        assertFalse(Files.exists(dir.resolve("metrics.csv")));
    }
}
