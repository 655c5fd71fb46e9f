package org.wganlab.data;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.i18n.Refused;

/**
 * A mixture of 2D Gaussians, each with a mean, a full 2x2 covariance and a weight. Immutable:
 * the mixture editor makes a new mixture for every edit. 8gaussians and 25gaussians are
 * mixtures too, with exactly the paper's centres and spreads.
 */
public final class GaussianMixture implements Distribution {
    /** One component; the covariance is [[cxx, cxy], [cxy, cyy]]. */
    public record Component(double mx, double my, double cxx, double cxy, double cyy, double weight) {
        /** Means beyond this are data no view can show and no network at this scale can fit. */
        public static final double MAX_MEAN = 1e4;
        /** Variances up to this (a spread of 1000 per axis). */
        public static final double MAX_VARIANCE = 1e6;
        /** Weights are relative; this bound keeps their sum finite for any number of components. */
        public static final double MAX_WEIGHT = 1e9;

        public Component {
            if (!(weight > 0) || !(weight <= MAX_WEIGHT)) throw new Refused("refusal.mixture.weight", String.valueOf(weight));
            if (!(Math.abs(mx) <= MAX_MEAN) || !(Math.abs(my) <= MAX_MEAN)) {
                throw new Refused("refusal.mixture.mean", String.valueOf(mx), String.valueOf(my));
            }
            if (!(cxx <= MAX_VARIANCE) || !(cyy <= MAX_VARIANCE)) {
                throw new Refused("refusal.mixture.spread", String.valueOf(cxx), String.valueOf(cxy), String.valueOf(cxy), String.valueOf(cyy));
            }
            if (!(cxx > 0) || !(cyy > 0) || cxx * cyy - cxy * cxy <= 0) {
                throw new Refused("refusal.mixture.definite", String.valueOf(cxx), String.valueOf(cxy), String.valueOf(cxy), String.valueOf(cyy));
            }
        }

        public static Component isotropic(double mx, double my, double std, double weight) {
            return new Component(mx, my, std * std, 0, std * std, weight);
        }

        /** Largest per-axis standard deviation (sqrt of the largest eigenvalue). */
        public double std() {
            double tr = cxx + cyy, det = cxx * cyy - cxy * cxy;
            return Math.sqrt(tr / 2 + Math.sqrt(Math.max(0, tr * tr / 4 - det)));
        }

        public boolean isIsotropic() {
            return cxy == 0 && cxx == cyy;
        }

        public Component movedTo(double x, double y) {
            return new Component(x, y, cxx, cxy, cyy, weight);
        }

        /** Spread scaled by factor (covariance by factor^2). */
        public Component scaled(double factor) {
            double f2 = factor * factor;
            return new Component(mx, my, cxx * f2, cxy * f2, cyy * f2, weight);
        }
    }

    private final String id;
    private final List<Component> components;
    private final double[] cumulative;
    private final double[][] chol;

    public GaussianMixture(String id, List<Component> components) {
        if (components.isEmpty()) throw new Refused("refusal.mixture.empty");
        this.id = id;
        this.components = List.copyOf(components);
        this.cumulative = new double[components.size()];
        this.chol = new double[components.size()][];
        double total = 0;
        for (Component c : components) total += c.weight();
        double acc = 0;
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            acc += c.weight() / total;
            cumulative[i] = acc;
            double l11 = Math.sqrt(c.cxx());
            double l21 = c.cxy() / l11;
            double l22 = Math.sqrt(c.cyy() - l21 * l21);
            chol[i] = new double[] {l11, l21, l22};
        }
        cumulative[cumulative.length - 1] = 1.0;
    }

    public GaussianMixture(List<Component> components) {
        this("mixture", components);
    }

    /** The paper's 8gaussians: centres 2(+-1, 0), 2(0, +-1), 2(+-1/sqrt2, +-1/sqrt2), noise 0.02, all / 1.414. */
    public static GaussianMixture eightGaussians() {
        double s = 1 / Math.sqrt(2);
        double[][] c = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {s, s}, {s, -s}, {-s, s}, {-s, -s}};
        List<Component> comps = new ArrayList<>();
        for (double[] p : c) comps.add(Component.isotropic(2 * p[0] / 1.414, 2 * p[1] / 1.414, 0.02 / 1.414, 1));
        return new GaussianMixture("8gaussians", comps);
    }

    /** The paper's 25gaussians: centres (2x, 2y) for x, y in -2..2, noise 0.05, all / 2.828. */
    public static GaussianMixture twentyFiveGaussians() {
        List<Component> comps = new ArrayList<>();
        for (int x = -2; x <= 2; x++) {
            for (int y = -2; y <= 2; y++) comps.add(Component.isotropic(2 * x / 2.828, 2 * y / 2.828, 0.05 / 2.828, 1));
        }
        return new GaussianMixture("25gaussians", comps);
    }

    /** Two far-apart Gaussians: with disjoint supports the standard GAN's discriminator saturates. */
    public static GaussianMixture twoGaussians() {
        return new GaussianMixture("twogaussians", List.of(Component.isotropic(-2, 0, 0.1, 1), Component.isotropic(2, 0, 0.1, 1)));
    }

    public List<Component> components() {
        return components;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return switch (id) {
            case "8gaussians" -> "8 Gaussians on a ring of radius 1.41 (the paper's toy)";
            case "25gaussians" -> "25 Gaussians on a 5 x 5 grid (the paper's toy)";
            case "twogaussians" -> "two far-apart Gaussians: disjoint supports";
            default -> "a mixture of " + components.size() + " Gaussian" + (components.size() == 1 ? "" : "s");
        };
    }

    @Override
    public void sample(Rng rng, Tensor out) {
        float[] d = out.data;
        for (int r = 0; r < out.rows; r++) {
            double u = rng.uniform();
            int k = 0;
            while (k < cumulative.length - 1 && u >= cumulative[k]) k++;
            Component c = components.get(k);
            double z1 = rng.gaussian(), z2 = rng.gaussian();
            double[] l = chol[k];
            d[2 * r] = (float) (c.mx() + l[0] * z1);
            d[2 * r + 1] = (float) (c.my() + l[1] * z1 + l[2] * z2);
        }
    }

    @Override
    public List<Mode> modes() {
        List<Mode> m = new ArrayList<>();
        for (Component c : components) m.add(new Mode(c.mx(), c.my(), c.std()));
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GaussianMixture g && g.id.equals(id) && g.components.equals(components);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + components.hashCode();
    }

    public GaussianMixture with(List<Component> newComponents) {
        return new GaussianMixture("mixture", newComponents);
    }
}
