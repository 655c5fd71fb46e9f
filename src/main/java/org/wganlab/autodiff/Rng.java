package org.wganlab.autodiff;

import java.util.random.RandomGenerator;

/**
 * The one source of randomness: a seeded generator, so the same seed replays the same run.
 * Components that draw independently get their own child generator from {@link #split()}.
 *
 * <p>The algorithm is SplitMix64, draw for draw the numbers {@link java.util.SplittableRandom}
 * gives for the same seed (a test holds the two together), written out here because a saved
 * session must record where each stream stands and SplittableRandom does not tell: its whole
 * state is the two longs of {@link State}. Gaussians and bounded integers come from the JDK's
 * own algorithms over this generator's longs, as SplittableRandom's do.
 */
public final class Rng {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    /** Where a generator stands: restoring it replays the same draws from there on. */
    public record State(long seed, long gamma) {
        public State {
            if ((gamma & 1L) == 0) throw new IllegalArgumentException("an Rng's gamma is odd, got " + gamma);
        }
    }

    private final Source source;

    public Rng(long seed) {
        this(seed, GOLDEN_GAMMA);
    }

    private Rng(long seed, long gamma) {
        this.source = new Source(seed, gamma);
    }

    public static Rng restore(State s) {
        return new Rng(s.seed(), s.gamma());
    }

    public State state() {
        return new State(source.seed, source.gamma);
    }

    /** An independent generator derived deterministically from this one. */
    public Rng split() {
        long childSeed = source.nextLong();
        return new Rng(childSeed, mixGamma(source.nextSeed()));
    }

    public double uniform() {
        return source.nextDouble();
    }

    public int nextInt(int bound) {
        return source.nextInt(bound);
    }

    public double gaussian() {
        return source.nextGaussian();
    }

    public void fillGaussian(float[] out, int from, int to) {
        for (int i = from; i < to; i++) out[i] = (float) source.nextGaussian();
    }

    public void fillGaussian(Tensor t) {
        fillGaussian(t.data, 0, t.data.length);
    }

    /** Uniform on [lo, hi). */
    public void fillUniform(Tensor t, float lo, float hi) {
        float[] d = t.data;
        for (int i = 0; i < d.length; i++) d[i] = lo + (hi - lo) * (float) source.nextDouble();
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }

    private static long mixGamma(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z = (z ^ (z >>> 33)) | 1L;
        int n = Long.bitCount(z ^ (z >>> 1));
        return n < 24 ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
    }

    /** The raw stream; RandomGenerator's defaults turn its longs into doubles, bounded ints and Gaussians. */
    private static final class Source implements RandomGenerator {
        private long seed;
        private final long gamma;

        Source(long seed, long gamma) {
            this.seed = seed;
            this.gamma = gamma;
        }

        long nextSeed() {
            return seed += gamma;
        }

        @Override
        public long nextLong() {
            return mix64(nextSeed());
        }

        @Override
        public int nextInt() {
            return mix32(nextSeed());
        }
    }
}
