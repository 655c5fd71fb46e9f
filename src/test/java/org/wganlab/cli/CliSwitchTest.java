package org.wganlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.config.Method;
import org.wganlab.config.RunSpec;
import org.wganlab.export.Csv;
import org.wganlab.train.EvalSchedule;
import org.wganlab.train.RunDriver;
import org.wganlab.train.StepMetrics;

class CliSwitchTest {
    private static final String[] SMALL = {"--hidden", "16", "--batch", "32", "--threads", "1", "--eval-samples", "100", "--mode", "gp"};

    @Test
    void aScriptedSwitchIsTheLiveSwitchAtItsIteration(@TempDir Path dir) throws Exception {
        CliTest.Result r = CliTest.run(CliTest.args(SMALL, "train", "--iters", "20", "--switch", "12:mode=clip", "--switch", "6:lambda=1", "--out", dir.toString()));
        assertEquals(0, r.code(), r.err());
        List<String> events = Files.readAllLines(dir.resolve("events.csv"));
        assertEquals("iter,change", events.get(0));
        assertTrue(events.get(1).startsWith("6,\"λ 0.1 → 1"), events.toString());
        assertTrue(events.get(2).startsWith("12,\"method gp → clip"), events.toString());
        // The same as switching a driver by hand before those iterations.
        RunSpec spec = RunSpec.defaults().withHidden(16).withBatch(32).withThreads(1).withMethod(Method.GP).withIters(20)
                .withEval(RunSpec.defaults().eval().withSamples(100));
        List<String> rows = new ArrayList<>();
        try (RunDriver d = new RunDriver(spec, 0, EvalSchedule.every(0))) {
            for (int i = 0; i < 20; i++) {
                if (i == 6) d.apply(d.spec().withLambda(1));
                if (i == 12) d.apply(d.spec().withMethod(Method.CLIP).withOptimizer(d.spec().optimizer().withKind(null).withLr(null)));
                StepMetrics m = d.iteration();
                rows.add(String.valueOf((int) m.values()[0]) + "," + Csv.number(m.criticLoss()));
            }
        }
        List<String> written = Files.readAllLines(dir.resolve("metrics.csv"));
        for (int i = 0; i < 20; i++) assertTrue(written.get(i + 1).startsWith(rows.get(i) + ","), written.get(i + 1) + " vs " + rows.get(i));
    }

    @Test
    void anEmptyFileNameSaysSo() {
        for (String flag : new String[] {"--dataset", "--config", "--resume"}) {
            CliTest.Result r = CliTest.run("train", flag, "");
            assertEquals(Cli.BAD_INPUT, r.code());
            assertTrue(r.err().contains(flag + ": the file name is empty"), r.err());
        }
    }

    @Test
    void aBadSwitchIsRefusedBeforeTraining(@TempDir Path dir) throws Exception {
        for (String bad : new String[] {"12:colour=red", "12:lambda=-1", "x:mode=clip", "12", "0:mode=clip", "12:hidden=32", "12:mode=sparkle"}) {
            CliTest.Result r = CliTest.run(CliTest.args(SMALL, "train", "--iters", "20", "--switch", bad, "--out", dir.resolve("o").toString()));
            assertEquals(Cli.BAD_INPUT, r.code(), bad + ": " + r.err());
            assertTrue(r.err().contains("--switch"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertFalse(Files.exists(dir.resolve("o").resolve("metrics.csv")), "nothing trained for " + bad);
        }
    }
}
