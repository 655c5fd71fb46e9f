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
 * @param rngs each training stream's state by name: {@link #STREAMS}
 */
public record TrainerState(RunSpec spec, Progress progress, Map<String, Rng.State> rngs, Network critic, Network generator, Display display, Record record) {

    /**
     * How far the run is.
     *
     * @param phase         where the current generator iteration stands (0: before its generator step)
     * @param scheduleStart the iteration the learning-rate schedule counts from
     * @param generatorLoss the generator loss measured in the current iteration (NaN if none yet)
     */
    public record Progress(int iteration, int phase, int scheduleStart, long criticSteps, long generatorSteps, double generatorLoss) {
        public Progress {
            if (iteration < 0 || phase < 0 || scheduleStart < 0 || scheduleStart > iteration) {
                throw new IllegalArgumentException("iteration " + iteration + ", phase " + phase + ", schedule start " + scheduleStart);
            }
        }
    }

    /** A network's parameters (W0, b0, W1, b1, ...) and its optimizer's state. */
    public record Network(List<Tensor> parameters, Optimizer.State optimizer) {
        public Network {
            parameters = List.copyOf(parameters);
        }
    }

    /** The fixed points the plane shows: the display's noise batch and real points. */
    public record Display(Tensor noise, Tensor real) {
    }

    /**
     * What the run has recorded.
     *
     * @param history the chart curves, with the stride they are kept at
     * @param last    the last iteration's metrics, or null before the first
     */
    public record Record(MetricsHistory.View history, int historyStride, List<TrainEvent> events, StepMetrics last) {
        public Record {
            events = List.copyOf(events);
        }
    }

    /** The random streams a trainer draws from, by the names a saved state uses. */
    public static final List<String> STREAMS = List.of("data", "noise", "alpha", "display");

    public TrainerState {
        rngs = Map.copyOf(rngs);
        if (!rngs.keySet().equals(Set.copyOf(STREAMS))) throw new IllegalArgumentException("random streams " + rngs.keySet() + ", expected " + STREAMS);
    }

    /** The generator iteration the state was taken at. */
    public int iteration() {
        return progress.iteration();
    }
}
