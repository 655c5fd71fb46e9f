package org.wganlab.train;

import java.util.Map;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.data.Distribution;

/**
 * The random streams a run draws from after initialisation, each split off the spec's seed:
 * the real batches, the noise, the interpolation weights and the points on show. Restoring
 * their {@link Rng.State}s continues every draw where it stood.
 */
final class TrainingStreams {
    private Rng data;
    private Rng noise;
    private Rng alpha;
    final DisplaySet display;

    /** @param master the seed's generator, after the initialisation stream was split off it */
    TrainingStreams(Rng master, Distribution shown) {
        data = master.split();
        noise = master.split();
        alpha = master.split();
        display = new DisplaySet(master.split(), shown);
    }

    /** A critic step's draws, in one piece: the real batch, the noise, the interpolation weights. */
    void drawCriticBatch(Distribution d, StepBatch sb) {
        d.sample(data, sb.real);
        noise.fillGaussian(sb.noise);
        for (int i = 0; i < sb.size; i++) sb.alpha[i] = (float) alpha.uniform();
    }

    void drawNoise(Tensor out) {
        noise.fillGaussian(out);
    }

    /** Each stream's state by the names of {@link TrainerState#STREAMS}. */
    Map<String, Rng.State> states() {
        return Map.of("data", data.state(), "noise", noise.state(), "alpha", alpha.state(), "display", display.state().rng());
    }

    void restore(Map<String, Rng.State> states, Tensor displayNoise, Tensor displayReal) {
        display.restore(new DisplaySet.State(states.get("display"), displayNoise, displayReal));
        data = Rng.restore(states.get("data"));
        noise = Rng.restore(states.get("noise"));
        alpha = Rng.restore(states.get("alpha"));
    }
}
