package org.wganlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliOptimalityTest {
    @Test
    void theCriticTrainedAloneClimbsTowardTheExactW1(@TempDir Path dir) throws Exception {
        CliTest.Result r = CliTest.run("train", "--mode", "gp", "--lambda", "10", "--hidden", "32", "--batch", "128", "--threads", "1", "--fixed-generator",
                "--iters", "2", "--eval-samples", "300", "--critic-to-optimality", "300", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("optimality.csv"));
        assertEquals("critic_step,w_estimate", rows.get(0));
        assertEquals(301, rows.size());
        double first = Double.parseDouble(rows.get(1).split(",")[1]), lastEstimate = Double.parseDouble(rows.get(300).split(",")[1]);
        double w1 = Double.parseDouble(r.summary().get("w1"));
        assertTrue(lastEstimate > first + 0.1, "the estimate climbs: " + first + " -> " + lastEstimate);
        assertTrue(lastEstimate < 1.2 * w1, "a near 1-Lipschitz critic stays at or below W1 (" + lastEstimate + " vs " + w1 + ")");
        assertEquals(lastEstimate, Double.parseDouble(r.summary().get("optimal_critic_estimate")), 1e-6);
        assertEquals(Cli.BAD_INPUT, CliTest.run("train", "--critic-to-optimality", "-1").code());
    }
}
