package org.wganlab.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wganlab.data.GaussianMixture;
import org.wganlab.data.GaussianMixture.Component;

/**
 * The file form of a mixture of Gaussians, alone (a --dataset file) or inside config.json:
 * {"type": "mixture", "components": [{"mean": [x, y], "std": s | "cov": [[a, b], [b, d]], "weight": w}, ...]};
 * weight defaults to 1.
 */
public final class MixtureJson {
    private MixtureJson() {
    }

    /** The file form Jackson reads and writes. */
    @JsonPropertyOrder({"type", "components"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class File {
        public String type;
        public List<ComponentFile> components;
    }

    @JsonPropertyOrder({"mean", "std", "cov", "weight"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class ComponentFile {
        public double[] mean;
        public Double std;
        public double[][] cov;
        public Double weight;
    }

    public static GaussianMixture read(Path file) {
        try {
            return toMixture(JsonFiles.read(file, File.class));
        } catch (SpecException e) {
            throw e.getMessage().startsWith(file.toString()) ? e : e.in(file.toString());
        }
    }

    public static GaussianMixture read(String text) {
        return toMixture(JsonFiles.read(text, File.class));
    }

    public static String write(GaussianMixture m) {
        return JsonFiles.write(toFile(m));
    }

    static File toFile(GaussianMixture m) {
        File f = new File();
        f.type = DataSpec.Mixture.ID;
        f.components = new ArrayList<>();
        for (Component c : m.components()) {
            ComponentFile o = new ComponentFile();
            o.mean = new double[] {c.mx(), c.my()};
            if (c.isIsotropic()) o.std = Math.sqrt(c.cxx());
            else o.cov = new double[][] {{c.cxx(), c.cxy()}, {c.cxy(), c.cyy()}};
            o.weight = c.weight();
            f.components.add(o);
        }
        return f;
    }

    static GaussianMixture toMixture(File f) {
        if (f == null) throw new SpecException("a mixture must be a JSON object");
        if (f.type != null && !DataSpec.Mixture.ID.equals(f.type)) throw new SpecException("\"type\" must be \"mixture\", got \"" + f.type + "\"");
        if (f.components == null || f.components.isEmpty()) throw new SpecException("a mixture needs a non-empty \"components\" array");
        List<Component> comps = new ArrayList<>();
        for (int i = 0; i < f.components.size(); i++) {
            String where = "component " + (i + 1);
            ComponentFile c = f.components.get(i);
            if (c == null) throw new SpecException(where + " must be an object");
            if (c.mean == null || c.mean.length != 2) throw new SpecException(where + ": \"mean\" must be [x, y]");
            double w = c.weight == null ? 1.0 : c.weight;
            try {
                comps.add(c.cov != null ? covariance(c, w, where) : isotropic(c, w, where));
            } catch (SpecException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new SpecException(where + ": " + e.getMessage());
            }
        }
        return new GaussianMixture(DataSpec.Mixture.ID, comps);
    }

    private static Component isotropic(ComponentFile c, double w, String where) {
        if (c.std == null) throw new SpecException(where + ": needs \"std\" or \"cov\"");
        if (!(c.std > 0)) throw new SpecException(where + ": \"std\" must be positive, got " + c.std);
        return Component.isotropic(c.mean[0], c.mean[1], c.std, w);
    }

    private static Component covariance(ComponentFile c, double w, String where) {
        double[][] a = c.cov;
        if (a.length != 2 || a[0] == null || a[1] == null || a[0].length != 2 || a[1].length != 2) {
            throw new SpecException(where + ": \"cov\" must be [[a, b], [b, d]]");
        }
        if (Math.abs(a[0][1] - a[1][0]) > 1e-12) throw new SpecException(where + ": \"cov\" must be symmetric");
        return new Component(c.mean[0], c.mean[1], a[0][0], a[0][1], a[1][1], w);
    }
}
