package org.wganlab.cli;

import java.io.PrintStream;
import java.util.Map;
import org.wganlab.export.Csv;
import org.wganlab.train.EvalResult;
import org.wganlab.train.RunDriver;

/**
 * {@code train --critic-to-optimality N}: Kantorovich-Rubinstein duality as an experiment. The
 * generator is frozen and the critic trains N more steps; its estimate E[C(x)] - E[C(G(z))]
 * climbs toward the exact W1 between the real and the generated distributions, which stays put.
 */
final class CriticOptimality {
    private CriticOptimality() {
    }

    /** Runs the critic steps; returns optimality.csv (critic_step, w_estimate), a row every step. */
    static String run(RunDriver driver, int steps, PrintStream err) {
        StringBuilder csv = new StringBuilder("critic_step,w_estimate\n");
        for (int k = 1; k <= steps && driver.divergence() == null; k++) {
            driver.single(driver.trainer()::criticStep);
            if (driver.divergence() != null) break;
            csv.append(k).append(',').append(Csv.number(driver.trainer().lastMetrics().wEstimate())).append('\n');
        }
        if (driver.divergence() != null) err.println("wgan-lab: the critic diverged while training alone: " + driver.divergence().getMessage());
        return csv.toString();
    }

    /** The summary's optimal_* keys: the estimate reached, and its ratio to the exact W1 of the frozen generator. */
    static void report(Map<String, Object> summary, RunDriver driver, EvalResult fin) {
        double est = driver.trainer().lastMetrics() == null ? Double.NaN : driver.trainer().lastMetrics().wEstimate();
        summary.put("optimal_critic_estimate", est);
        summary.put("optimal_critic_ratio", est / fin.w1());
    }
}
