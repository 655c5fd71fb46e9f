package org.wganlab.data;

import java.util.List;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;

/**
 * The paper's swiss roll (sklearn's make_swiss_roll, noise 0.25, the x and z coordinates,
 * divided by 7.5): t = 1.5 pi (1 + 2U), point (t cos t, t sin t) + 0.25 N(0, I), / 7.5.
 */
public final class SwissRoll implements Distribution {
    @Override
    public String id() {
        return "swissroll";
    }

    @Override
    public String description() {
        return "a noisy swiss roll spiral (the paper's toy)";
    }

    @Override
    public void sample(Rng rng, Tensor out) {
        for (int r = 0; r < out.rows; r++) {
            double t = 1.5 * Math.PI * (1 + 2 * rng.uniform());
            out.data[2 * r] = (float) ((t * Math.cos(t) + 0.25 * rng.gaussian()) / 7.5);
            out.data[2 * r + 1] = (float) ((t * Math.sin(t) + 0.25 * rng.gaussian()) / 7.5);
        }
    }

    @Override
    public List<Mode> modes() {
        return List.of();
    }
}
