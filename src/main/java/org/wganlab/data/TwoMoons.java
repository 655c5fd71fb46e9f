package org.wganlab.data;

import java.util.List;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;

/** sklearn's two interleaving half circles, centred and scaled to fit [-2, 2], noise 0.05. */
public final class TwoMoons implements Distribution {
    @Override
    public String id() {
        return "moons";
    }

    @Override
    public String description() {
        return "two interleaving half moons";
    }

    @Override
    public void sample(Rng rng, Tensor out) {
        for (int r = 0; r < out.rows; r++) {
            double a = Math.PI * rng.uniform();
            boolean upper = rng.uniform() < 0.5;
            double x = upper ? Math.cos(a) : 1 - Math.cos(a);
            double y = upper ? Math.sin(a) : 0.5 - Math.sin(a);
            out.data[2 * r] = (float) ((x - 0.5) * 1.2 + 0.05 * rng.gaussian());
            out.data[2 * r + 1] = (float) ((y - 0.25) * 1.2 + 0.05 * rng.gaussian());
        }
    }

    @Override
    public List<Mode> modes() {
        return List.of();
    }
}
