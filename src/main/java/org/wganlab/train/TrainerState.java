package org.wganlab.train;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.config.RunSpec;
import org.wganlab.optim.Optimizer;

/**
 * The whole state of a {@link Trainer} at one moment, copied: a trainer restored from it takes
 * the same steps, draw for draw, as the one it was taken from. What a saved session holds.
 *
 * @param phase         where the current generator iteration stands (0: before its generator step)
 * @param scheduleStart the iteration the learning-rate schedule counts from
 * @param generatorLoss the generator loss measured in the current iteration (NaN if none yet)
 * @param rngs          each training stream's state by name: {@link #STREAMS}
 * @param critic        the critic's parameters, W0, b0, W1, b1, ...
 * @param history       the chart curves, with the stride they are kept at
 * @param last          the last iteration's metrics, or null before the first
 */
public record TrainerState(RunSpec spec, int iteration, int phase, int scheduleStart, long criticSteps, long generatorSteps,
        double generatorLoss, Map<String, Rng.State> rngs, List<Tensor> critic, List<Tensor> generator,
        Optimizer.State criticOptimizer, Optimizer.State generatorOptimizer, Tensor displayNoise, Tensor displayReal,
        MetricsHistory.View history, int historyStride, List<TrainEvent> events, StepMetrics last) {

    /** The random streams a trainer draws from, by the names a saved state uses. */
    public static final List<String> STREAMS = List.of("data", "noise", "alpha", "display");

    public TrainerState {
        rngs = Map.copyOf(rngs);
        if (!rngs.keySet().equals(Set.copyOf(STREAMS))) throw new IllegalArgumentException("random streams " + rngs.keySet() + ", expected " + STREAMS);
        critic = List.copyOf(critic);
        generator = List.copyOf(generator);
        events = List.copyOf(events);
        if (iteration < 0 || phase < 0 || scheduleStart < 0 || scheduleStart > iteration) {
            throw new IllegalArgumentException("iteration " + iteration + ", phase " + phase + ", schedule start " + scheduleStart);
        }
    }
}
