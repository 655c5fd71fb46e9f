package org.wganlab.data;

import java.util.List;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;

/** A thin continuous ring: uniform angle, radius 1.5 plus N(0, 0.05^2) radial noise. No modes. */
public final class Ring implements Distribution {
    static final double RADIUS = 1.5;
    static final double NOISE = 0.05;

    @Override
    public String id() {
        return "ring";
    }

    @Override
    public String description() {
        return "a continuous ring of radius 1.5";
    }

    @Override
    public void sample(Rng rng, Tensor out) {
        for (int r = 0; r < out.rows; r++) {
            double a = 2 * Math.PI * rng.uniform();
            double rad = RADIUS + NOISE * rng.gaussian();
            out.data[2 * r] = (float) (rad * Math.cos(a));
            out.data[2 * r + 1] = (float) (rad * Math.sin(a));
        }
    }

    @Override
    public List<Mode> modes() {
        return List.of();
    }
}
