package org.wganlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.export.ComparisonExport;

class CompareCommandTest {
    private static final String[] SMALL = {"--hidden", "16", "--batch", "32", "--threads", "1", "--eval-samples", "100", "--iters", "20", "--eval-every", "10"};
    private static final List<String> SAME = List.of("config.json", "metrics.csv", "eval.csv", "events.csv", "transport.csv");

    @Test
    void eachSideIsWhatTrainWritesAlone(@TempDir Path dir) throws Exception {
        CliTest.Result r = CliTest.run(CliTest.args(SMALL, "compare", "--a", "mode=gp,lambda=1", "--b", "mode=clip",
                "--switch", "12:critic_iters=2", "--out", dir.resolve("cmp").toString()));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("side=a iters=20 "), r.out());
        assertTrue(lines.get(1).startsWith("side=b iters=20 ") && lines.get(1).contains(" mode=clip "), r.out());
        String[][] alone = {{"--mode", "gp", "--lambda", "1"}, {"--mode", "clip"}};
        String[] sides = {"a", "b"};
        for (int i = 0; i < 2; i++) {
            Path t = dir.resolve("alone-" + sides[i]);
            CliTest.Result one = CliTest.run(CliTest.args(SMALL, CliTest.args(alone[i], "train", "--switch", "12:critic_iters=2", "--out", t.toString())));
            assertEquals(0, one.code(), one.err());
            for (String f : SAME) {
                assertEquals(Files.readString(t.resolve(f)), Files.readString(dir.resolve("cmp").resolve(sides[i]).resolve(f)), sides[i] + "/" + f);
            }
        }
        assertTrue(Files.readString(dir.resolve("cmp/b/events.csv")).contains("n_critic"), "the switch is on both sides");
    }

    @Test
    void theFigureShowsBothSidesCaptioned(@TempDir Path dir) throws Exception {
        // The folder held a train run before: none of its files stay beside the comparison.
        assertEquals(0, CliTest.run(CliTest.args(SMALL, "train", "--out", dir.toString())).code());
        CliTest.Result r = CliTest.run(CliTest.args(SMALL, "compare", "--a", "mode=gp", "--b", "mode=clip", "--out", dir.toString(), "--export", "svg,png"));
        assertEquals(0, r.code(), r.err());
        String svg = Files.readString(dir.resolve("compare.svg"));
        for (String s : new String[] {"A: mode=gp · Critic", "B: mode=clip · Critic", "Wasserstein distance, A and B", "Lipschitz constant K, A and B",
            "vs. B: mode=clip (clip, ", "iteration 20"}) {
            assertTrue(svg.contains(s), "compare.svg has " + s);
        }
        assertFalse(svg.contains("jlm_"), "the caption's formulas (c = 0.01) are outlines");
        var png = ImageIO.read(dir.resolve("compare.png").toFile());
        assertEquals(ComparisonExport.SIZE[0], png.getWidth());
        assertTrue(Files.exists(dir.resolve("a/plane.png")) && Files.exists(dir.resolve("b/plane.png")), "each side's own figures, as train writes them");
        for (String old : new String[] {"metrics.csv", "summary.json", "config.json"}) assertFalse(Files.exists(dir.resolve(old)), old + " of the earlier run");
        // And a train run into it removes the comparison's figures.
        assertEquals(0, CliTest.run(CliTest.args(SMALL, "train", "--out", dir.toString())).code());
        assertFalse(Files.exists(dir.resolve("compare.svg")), "the earlier comparison's figure");
    }

    @Test
    void badSidesAreRefusedBeforeTraining(@TempDir Path dir) throws Exception {
        String[][] bad = {
            {"--a", "seed=2", "--b", "mode=clip"}, {"--a", "mode=gp", "--b", "dataset=swissroll"}, {"--a", "mode=gp", "--b", "lambda=-1"},
            {"--a", "colour=red", "--b", "mode=clip"}, {"--a", "mode=gp", "--b", "mode"}, {"--a", "mode=gp"},
            {"--a", "mode=gp", "--b", "mode=clip", "--switch", "5:hidden=64"}, {"--a", "mode=gp", "--b", "mode=sparkle"},
        };
        String[] says = {"same seed", "same data", "B (lambda=-1)", "colour", "--b mode: expected KEY=VALUE", "--b", "--switch", "sparkle"};
        for (int i = 0; i < bad.length; i++) {
            Path out = dir.resolve("o" + i);
            CliTest.Result r = CliTest.run(CliTest.args(SMALL, CliTest.args(bad[i], "compare", "--out", out.toString())));
            assertEquals(Cli.BAD_INPUT, r.code(), String.join(" ", bad[i]) + ": " + r.err());
            assertTrue(r.err().contains(says[i]), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(Files.exists(out.resolve("a/metrics.csv")), "nothing trained");
        }
    }
}
