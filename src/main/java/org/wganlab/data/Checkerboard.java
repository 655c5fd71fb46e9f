package org.wganlab.data;

import java.util.List;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;

/** Uniform on the dark squares of a 4 x 4 checkerboard over [-2, 2]^2: sharp edges a critic must find. */
public final class Checkerboard implements Distribution {
    @Override
    public String id() {
        return "checkerboard";
    }

    @Override
    public String description() {
        return "uniform on the dark squares of a 4 x 4 checkerboard";
    }

    @Override
    public void sample(Rng rng, Tensor out) {
        for (int r = 0; r < out.rows; r++) {
            // Pick one of the 8 dark squares, then a uniform point inside it.
            int k = rng.nextInt(8);
            int row = k / 2;
            int col = 2 * (k % 2) + (row % 2);
            out.data[2 * r] = (float) (-2 + col + rng.uniform());
            out.data[2 * r + 1] = (float) (-2 + row + rng.uniform());
        }
    }

    @Override
    public List<Mode> modes() {
        return List.of();
    }
}
