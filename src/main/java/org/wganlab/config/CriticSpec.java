package org.wganlab.config;

/**
 * How the critic trains each generator iteration.
 *
 * @param iters  n_critic, critic steps per generator step
 * @param lambda the penalty weight (gp, lp)
 * @param clip   the weight-clipping bound c (clip)
 */
public record CriticSpec(int iters, double lambda, double clip) {
    public CriticSpec {
        Range.CRITIC_ITERS.check(iters);
        Range.LAMBDA.check(lambda);
        Range.CLIP.check(clip);
    }

    public CriticSpec withIters(int n) {
        return new CriticSpec(n, lambda, clip);
    }

    public CriticSpec withLambda(double l) {
        return new CriticSpec(iters, l, clip);
    }

    public CriticSpec withClip(double c) {
        return new CriticSpec(iters, lambda, c);
    }
}
