package org.wganlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.config.DataSpec;
import org.wganlab.config.SpecJson;
import org.wganlab.data.PointsCsv;
import org.wganlab.session.SessionFile;

class CliSessionTest {
    private static final String[] SMALL = {"--hidden", "16", "--batch", "32", "--threads", "1", "--eval-samples", "100", "--mode", "gp"};

    private static List<String> rows(Path dir) throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("metrics.csv"));
        return lines.subList(1, lines.size());
    }

    @Test
    void aResumedRunWritesTheRowsTheUninterruptedRunWrote(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole"), first = dir.resolve("first"), second = dir.resolve("second");
        Path session = dir.resolve("half.wgan");
        CliTest.Result a = CliTest.run(CliTest.args(SMALL, "train", "--iters", "24", "--out", whole.toString()));
        assertEquals(0, a.code(), a.err());
        CliTest.Result b = CliTest.run(CliTest.args(SMALL, "train", "--iters", "12", "--out", first.toString(), "--save-session", session.toString()));
        assertEquals(0, b.code(), b.err());
        assertTrue(Files.size(session) > 0);
        CliTest.Result c = CliTest.run("train", "--resume", session.toString(), "--iters", "12", "--out", second.toString());
        assertEquals(0, c.code(), c.err());
        List<String> joined = new ArrayList<>(rows(first));
        joined.addAll(rows(second));
        // Timing columns aside there are none in metrics.csv: every value is the science, bit for bit.
        assertEquals(rows(whole), joined);
        assertEquals("24", c.summary().get("iters"));
        assertEquals(a.summary().get("w1"), c.summary().get("w1"));
        assertTrue(rows(second).get(0).startsWith("12,"), rows(second).get(0));
    }

    @Test
    void aFlagOnResumeIsALiveSwitchRecordedInTheRun(@TempDir Path dir) throws Exception {
        Path session = dir.resolve("s.wgan"), out = dir.resolve("out");
        assertEquals(0, CliTest.run(CliTest.args(SMALL, "train", "--iters", "5", "--save-session", session.toString())).code());
        CliTest.Result r = CliTest.run("train", "--resume", session.toString(), "--mode", "clip", "--iters", "5", "--out", out.toString(), "--save-session", session.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("config.json")).contains("\"mode\": \"clip\""));
        var state = SessionFile.read(session);
        assertEquals(10, state.trainer().iteration());
        assertEquals("method gp → clip", state.trainer().record().events().get(0).description().split(",")[0]);
        assertEquals(5, state.trainer().record().events().get(0).iteration());
    }

    @Test
    void yourOwnPointsTrainAndAreRecordedInConfigJson(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < 50; i++) csv.append(Math.cos(i * 0.4) * 1.5).append(',').append(Math.sin(i * 0.4) * 1.5).append('\n');
        Path points = Files.writeString(dir.resolve("ring.csv"), csv);
        Path out = dir.resolve("out");
        CliTest.Result r = CliTest.run(CliTest.args(SMALL, "train", "--iters", "5", "--dataset", points.toString(), "--out", out.toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals("points", r.summary().get("dataset"));
        var spec = SpecJson.read(out.resolve("config.json"));
        assertEquals(50, ((DataSpec.Points) spec.data()).points().size());
        assertArrayEquals(PointsCsv.read(points).coordinates(), ((DataSpec.Points) spec.data()).points().coordinates(),
                "config.json keeps the points exactly");
        CliTest.Result again = CliTest.run("train", "--iters", "5", "--config", out.resolve("config.json").toString(), "--hidden", "16", "--batch", "32",
                "--threads", "1", "--eval-samples", "100", "--out", dir.resolve("again").toString());
        assertEquals(r.summary().get("w1"), again.summary().get("w1"), "the config replays the run");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "x,y\n1,2\n3,three\n");
        CliTest.Result refused = CliTest.run("train", "--dataset", bad.toString());
        assertEquals(Cli.BAD_INPUT, refused.code());
        assertTrue(refused.err().contains("line 3"), refused.err());
    }

    @Test
    void modesFittedToYourPointsGiveTheModeMetricsAndReplay(@TempDir Path dir) throws Exception {
        // Four tight clusters of points.
        StringBuilder csv = new StringBuilder();
        double[][] c = {{-1.5, -1.5}, {-1.5, 1.5}, {1.5, -1.5}, {1.5, 1.5}};
        for (int i = 0; i < 400; i++) csv.append(c[i % 4][0] + 0.05 * Math.sin(i * 1.7)).append(',').append(c[i % 4][1] + 0.05 * Math.cos(i * 2.3)).append('\n');
        Path points = Files.writeString(dir.resolve("four.csv"), csv);
        Path out = dir.resolve("out");
        CliTest.Result none = CliTest.run(CliTest.args(SMALL, "train", "--iters", "5", "--dataset", points.toString()));
        assertEquals("nan", none.summary().get("modes_total"), "no modes unless asked for");
        CliTest.Result r = CliTest.run(CliTest.args(SMALL, "train", "--iters", "5", "--dataset", points.toString(), "--point-modes", "4", "--out", out.toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals("4", r.summary().get("modes_total"));
        assertTrue(Files.readString(out.resolve("config.json")).contains("\"point_modes\": 4"), Files.readString(out.resolve("config.json")));
        var spec = SpecJson.read(out.resolve("config.json"));
        var modes = spec.data().distribution().modes();
        assertEquals(4, modes.size());
        for (var m : modes) assertTrue(Math.abs(Math.abs(m.x()) - 1.5) < 0.05 && Math.abs(Math.abs(m.y()) - 1.5) < 0.05, m.toString());
        CliTest.Result again = CliTest.run("train", "--iters", "5", "--config", out.resolve("config.json").toString(), "--hidden", "16", "--batch", "32",
                "--threads", "1", "--eval-samples", "100");
        assertEquals(r.summary().get("hq_fraction"), again.summary().get("hq_fraction"), "the config replays the fit");
        for (String[] bad : new String[][] {{"--point-modes", "4"}, {"--dataset", points.toString(), "--point-modes", "26"}}) {
            CliTest.Result refused = CliTest.run(CliTest.args(SMALL, CliTest.args(bad, "train", "--iters", "5")));
            assertEquals(Cli.BAD_INPUT, refused.code(), refused.err());
            assertTrue(refused.err().contains("--point-modes"), refused.err());
        }
    }

    @Test
    void aBadSessionIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.wgan"), "not a zip");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("metrics.csv"), "old");
        CliTest.Result r = CliTest.run("train", "--resume", bad.toString(), "--out", out.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--resume") && r.err().contains("not a WGAN Lab session"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("old", Files.readString(out.resolve("metrics.csv")));
        CliTest.Result conf = CliTest.run("train", "--resume", bad.toString(), "--config", "x.json");
        assertEquals(Cli.BAD_INPUT, conf.code());
        CliTest.Result folder = CliTest.run("train", "--iters", "1", "--save-session", dir.toString());
        assertEquals(Cli.BAD_INPUT, folder.code());
        assertTrue(folder.err().contains("is a folder"), folder.err());
    }
}
