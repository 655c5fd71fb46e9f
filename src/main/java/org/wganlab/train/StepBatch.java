package org.wganlab.train;

import org.wganlab.autodiff.Tensor;

/**
 * One step's whole batch: what the trainer draws from the seeded streams (real points, noise,
 * interpolation weights) and what the {@link BatchPart}s write back at their rows (fake and
 * interpolated points, [real; fake], the per-row gradient norms of a measured step). Allocated
 * once per batch size and reused every step.
 */
final class StepBatch {
    final int size;
    final Tensor real, noise, fake, interp;
    /** [real; fake], 2 x size rows. */
    final Tensor both;
    final float[] alpha;
    final float[] gradNormsReal, gradNormsFake, gradNormsInterp;

    StepBatch(int size) {
        this.size = size;
        real = new Tensor(size, 2);
        noise = new Tensor(size, 2);
        fake = new Tensor(size, 2);
        interp = new Tensor(size, 2);
        both = new Tensor(2 * size, 2);
        alpha = new float[size];
        gradNormsReal = new float[size];
        gradNormsFake = new float[size];
        gradNormsInterp = new float[size];
    }
}
