package org.wganlab.data;

import java.util.List;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;

/** A 2D data distribution the critic compares the generator against. */
public interface Distribution {
    /** The name configs use ("8gaussians", "mixture", ...). */
    String id();

    /** A sentence for tooltips and captions. */
    String description();

    /** Fills every row of out (n x 2) with an independent draw. */
    void sample(Rng rng, Tensor out);

    /** Mode centres and spreads for the coverage metrics; empty where modes make no sense (a swiss roll). */
    List<Mode> modes();

    default Tensor sample(Rng rng, int n) {
        Tensor t = new Tensor(n, 2);
        sample(rng, t);
        return t;
    }
}
