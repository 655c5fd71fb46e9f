package org.wganlab.autodiff;

import java.util.SplittableRandom;

/**
 * The one source of randomness: a seeded generator, so the same seed replays the same run.
 * Components that draw independently get their own child generator from {@link #split()}.
 */
public final class Rng {
    private final SplittableRandom random;

    public Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    private Rng(SplittableRandom random) {
        this.random = random;
    }

    /** An independent generator derived deterministically from this one. */
    public Rng split() {
        return new Rng(random.split());
    }

    public double uniform() {
        return random.nextDouble();
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public double gaussian() {
        return random.nextGaussian();
    }

    public void fillGaussian(float[] out, int from, int to) {
        for (int i = from; i < to; i++) out[i] = (float) random.nextGaussian();
    }

    public void fillGaussian(Tensor t) {
        fillGaussian(t.data, 0, t.data.length);
    }

    /** Uniform on [lo, hi). */
    public void fillUniform(Tensor t, float lo, float hi) {
        float[] d = t.data;
        for (int i = 0; i < d.length; i++) d[i] = lo + (hi - lo) * (float) random.nextDouble();
    }
}
