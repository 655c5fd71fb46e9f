package org.wganlab.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wganlab.data.GaussianMixture;
import org.wganlab.data.GaussianMixture.Component;
import org.wganlab.i18n.Refused;

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
        if (f == null) throw SpecException.worded("refusal.mixture.notObject");
        if (f.type != null && !DataSpec.Mixture.ID.equals(f.type)) throw SpecException.worded("refusal.mixture.type", f.type);
        if (f.components == null || f.components.isEmpty()) throw SpecException.worded("refusal.mixture.noComponents");
        List<Component> comps = new ArrayList<>();
        for (int i = 0; i < f.components.size(); i++) {
            int where = i + 1;
            ComponentFile c = f.components.get(i);
            if (c == null) throw SpecException.worded("refusal.mixture.componentNotObject", where);
            if (c.mean == null || c.mean.length != 2) throw SpecException.worded("refusal.mixture.noMean", where);
            double w = c.weight == null ? 1.0 : c.weight;
            try {
                comps.add(c.cov != null ? covariance(c, w, where) : isotropic(c, w, where));
            } catch (SpecException e) {
                throw e;
            } catch (Refused e) {
                throw SpecException.worded("refusal.mixture.component", where, e.reason());
            } catch (IllegalArgumentException e) {
                throw new SpecException("component " + where + ": " + e.getMessage());
            }
        }
        return new GaussianMixture(DataSpec.Mixture.ID, comps);
    }

    private static Component isotropic(ComponentFile c, double w, int where) {
        if (c.std == null) throw SpecException.worded("refusal.mixture.noStd", where);
        if (!(c.std > 0)) throw SpecException.worded("refusal.mixture.std", where, String.valueOf(c.std));
        return Component.isotropic(c.mean[0], c.mean[1], c.std, w);
    }

    private static Component covariance(ComponentFile c, double w, int where) {
        double[][] a = c.cov;
        if (a.length != 2 || a[0] == null || a[1] == null || a[0].length != 2 || a[1].length != 2) {
            throw SpecException.worded("refusal.mixture.covShape", where);
        }
        if (Math.abs(a[0][1] - a[1][0]) > 1e-12) throw SpecException.worded("refusal.mixture.covSymmetric", where);
        return new Component(c.mean[0], c.mean[1], a[0][0], a[0][1], a[1][1], w);
    }
}
