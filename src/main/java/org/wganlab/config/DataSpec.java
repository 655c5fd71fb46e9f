package org.wganlab.config;

import java.util.Objects;
import org.wganlab.data.Datasets;
import org.wganlab.data.Distribution;
import org.wganlab.data.GaussianMixture;
import org.wganlab.data.PointCloud;

/** The real data of a run: a built-in dataset by name, a mixture of Gaussians given in full, or points of your own. */
public sealed interface DataSpec permits DataSpec.BuiltIn, DataSpec.Mixture, DataSpec.Points {
    /** The name in config.json's "dataset": a built-in name, or "mixture". */
    String id();

    Distribution distribution();

    /** A built-in dataset; refuses an unknown name, naming the ones there are. */
    static DataSpec named(String name) {
        return new BuiltIn(name);
    }

    /** The spec that gives back d: a mixture edited on the plane is a Mixture, a built-in set its name. */
    static DataSpec of(Distribution d) {
        if (d instanceof GaussianMixture g && Mixture.ID.equals(g.id())) return new Mixture(g);
        if (d instanceof PointCloud p) return new Points(p);
        return new BuiltIn(d.id());
    }

    record BuiltIn(String name) implements DataSpec {
        public BuiltIn {
            if (!Datasets.isBuiltIn(name)) {
                throw SpecException.forSetting("dataset", SpecException.reason("refusal.notADataset", String.valueOf(name), String.join(", ", Datasets.NAMES)));
            }
        }

        @Override
        public String id() {
            return name;
        }

        @Override
        public Distribution distribution() {
            return Datasets.byName(name);
        }
    }

    record Mixture(GaussianMixture mixture) implements DataSpec {
        public static final String ID = "mixture";

        public Mixture {
            Objects.requireNonNull(mixture, "mixture");
            if (!ID.equals(mixture.id())) mixture = mixture.with(mixture.components());
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Distribution distribution() {
            return mixture;
        }
    }

    /** Points of your own (a CSV file), recorded in full so config.json replays the run. */
    record Points(PointCloud points) implements DataSpec {
        public Points {
            Objects.requireNonNull(points, "points");
        }

        @Override
        public String id() {
            return PointCloud.ID;
        }

        @Override
        public Distribution distribution() {
            return points;
        }
    }
}
