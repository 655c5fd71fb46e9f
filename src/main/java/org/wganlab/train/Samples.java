package org.wganlab.train;

import org.wganlab.autodiff.Tensor;

/**
 * The points a snapshot's plane shows, each n x 2, handed out as copies.
 *
 * <p>real: the display's real points (fixed per data set); fake: the generator's image of a
 * fixed display noise batch; fakeGrad: -grad_x L_G at those fake points, grad_x C scaled by how
 * hard the generator's loss pushes there (see Method#pushFactor); interpolates: the last critic
 * step's points between real and fake.
 */
public final class Samples {
    private final Tensor real, fake, fakeGrad, interpolates;

    /** Takes these tensors as they are: the caller hands over copies of its own. */
    Samples(Tensor real, Tensor fake, Tensor fakeGrad, Tensor interpolates) {
        this.real = real;
        this.fake = fake;
        this.fakeGrad = fakeGrad;
        this.interpolates = interpolates;
    }

    public Tensor real() {
        return real.copy();
    }

    public Tensor fake() {
        return fake.copy();
    }

    public Tensor fakeGrad() {
        return fakeGrad.copy();
    }

    public Tensor interpolates() {
        return interpolates.copy();
    }
}
