package org.wganlab.train;

import org.wganlab.autodiff.Autodiff;
import org.wganlab.autodiff.Node;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.config.Method;
import org.wganlab.data.Distribution;
import org.wganlab.nn.Mlp;
import org.wganlab.nn.MlpEvaluator;

/**
 * The points a snapshot shows: a fixed set of real points (drawn again when the data changes)
 * and a fixed noise batch whose image under the generator shows where G maps, from their own
 * seeded stream so showing them never shifts the training draws.
 */
final class DisplaySet {
    static final int POINTS = 512;

    private Rng rng;
    private final Tensor noise = new Tensor(POINTS, 2);
    private Tensor real;

    DisplaySet(Rng rng, Distribution data) {
        this.rng = rng;
        rng.fillGaussian(noise);
        real = data.sample(rng, POINTS);
    }

    void newData(Distribution data) {
        real = data.sample(rng, POINTS);
    }

    /** Where the display set stands: its stream, its noise and its real points. */
    record State(Rng.State rng, Tensor noise, Tensor real) {
    }

    State state() {
        return new State(rng.state(), noise.copy(), real.copy());
    }

    void restore(State s) {
        if (!s.noise().sameShape(noise) || s.real().cols != 2) throw new IllegalArgumentException("display points of shape " + s.noise().shape() + " and " + s.real().shape());
        rng = Rng.restore(s.rng());
        noise.copyFrom(s.noise());
        real = s.real().copy();
    }

    Tensor real() {
        return real.copy();
    }

    /**
     * What the generator's loss does to each shown point, -grad_x L_G: grad_x C scaled by the
     * loss's push there (1 for the Wasserstein losses; see Method#pushFactor).
     */
    static Tensor push(Mlp critic, Tensor shown, Method method) {
        Node x = Node.variable(shown);
        Node out = critic.forward(x);
        Tensor grad = Autodiff.grad(out, x, false).value.copy();
        for (int i = 0; i < grad.rows; i++) {
            float k = (float) method.pushFactor(out.value.data[i]);
            grad.data[2 * i] *= k;
            grad.data[2 * i + 1] *= k;
        }
        return grad;
    }

    /** The generated points to show: G(z) for the fixed noise, or real + noise for a fixed generator. */
    Tensor fake(Mlp generator, boolean fixedGenerator) {
        if (!fixedGenerator) return new MlpEvaluator().evaluate(generator, noise);
        Tensor out = real.copy();
        for (int i = 0; i < out.data.length; i++) out.data[i] += noise.data[i];
        return out;
    }
}
