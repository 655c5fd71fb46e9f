package org.wganlab.train;

import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.data.Distribution;
import org.wganlab.metrics.LipschitzEstimate;
import org.wganlab.metrics.TransportPlan;
import org.wganlab.metrics.ModeCoverage;
import org.wganlab.nn.Mlp;
import org.wganlab.nn.MlpEvaluator;

/**
 * Evaluates a frozen generator against its data: exact W1 on n points each and mode coverage.
 * Pure and seeded by (run seed, iteration), so it can run on any thread at any time and still
 * give the same numbers.
 */
public final class Evaluation {
    /** The half-width of the plane the views show, where the Lipschitz constant is estimated. */
    public static final double PLANE_RANGE = 3;

    private Evaluation() {
    }

    /** An evaluation's numbers and the optimal transport plan its W1 came from (null when the points were not finite). */
    public record Evaluated(EvalResult result, TransportPlan plan) {
    }

    public static EvalResult run(Mlp generator, Distribution data, boolean fixedGenerator, int n, long seed, int iteration) {
        return evaluate(generator, null, data, fixedGenerator, n, seed, iteration).result();
    }

    /** @param critic the critic at the same moment, for its Lipschitz constant on the plane (null: NaN) */
    public static Evaluated evaluate(Mlp generator, Mlp critic, Distribution data, boolean fixedGenerator, int n, long seed, int iteration) {
        long t0 = System.nanoTime();
        Rng rng = new Rng(seed * 1_000_003L + iteration + 17);
        Tensor real = data.sample(rng, n);
        Tensor fake;
        if (fixedGenerator) {
            fake = data.sample(rng, n);
            for (int i = 0; i < fake.data.length; i++) fake.data[i] += (float) rng.gaussian();
        } else {
            Tensor z = new Tensor(n, generator.inputDim());
            rng.fillGaussian(z);
            fake = new MlpEvaluator().evaluate(generator, z);
        }
        TransportPlan plan = fake.allFinite() ? TransportPlan.between(fake, real) : null;
        double w1 = plan == null ? Double.NaN : plan.w1();
        ModeCoverage.Result mc = ModeCoverage.of(fake, data.modes());
        double k = critic == null ? Double.NaN : LipschitzEstimate.onPlane(critic, PLANE_RANGE);
        return new Evaluated(new EvalResult(iteration, n, w1, mc.covered(), mc.total(), mc.hqFraction(), mc.within01Fraction(), (System.nanoTime() - t0) / 1e9, k), plan);
    }
}
