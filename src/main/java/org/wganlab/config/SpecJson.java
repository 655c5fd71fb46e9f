package org.wganlab.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.wganlab.data.Datasets;
import org.wganlab.data.PointCloud;
import org.wganlab.nn.Activation;
import org.wganlab.i18n.Refused;

/**
 * config.json, the file form of a {@link RunSpec}: one flat object, every key optional (a
 * missing key takes {@link RunSpec#defaults()}'s value). Files written by every earlier
 * version load; the optimizer and learning rate are written out resolved.
 */
public final class SpecJson {
    private SpecJson() {
    }

    /** The file form; boxed fields, so a key left out is told apart from one given. */
    @JsonPropertyOrder({"dataset", "mixture", "points", "point_modes", "mode", "hidden", "layers", "activation", "batch", "critic_iters", "lambda", "clip", "optimizer", "lr",
        "lr_decay", "adam_beta1", "adam_beta2", "rmsprop_init", "iters", "seed", "threads", "fixed_generator", "eval_every", "eval_samples"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class File {
        @JsonSetter(nulls = Nulls.FAIL) public String dataset;
        public MixtureJson.File mixture;
        /** The data points, [[x, y], ...], with "dataset": "points". */
        public List<double[]> points;
        /** Modes fitted to the points for the coverage metrics (0: none), with "dataset": "points". */
        @JsonProperty("point_modes") @JsonSetter(nulls = Nulls.FAIL) public Integer pointModes;
        @JsonSetter(nulls = Nulls.FAIL) public String mode;
        @JsonSetter(nulls = Nulls.FAIL) public Integer hidden;
        @JsonSetter(nulls = Nulls.FAIL) public Integer layers;
        @JsonSetter(nulls = Nulls.FAIL) public String activation;
        @JsonSetter(nulls = Nulls.FAIL) public Integer batch;
        @JsonProperty("critic_iters") @JsonSetter(nulls = Nulls.FAIL) public Integer criticIters;
        @JsonSetter(nulls = Nulls.FAIL) public Double lambda;
        @JsonSetter(nulls = Nulls.FAIL) public Double clip;
        /** null: the method's default. */
        public String optimizer;
        /** null: the method's default. */
        public Double lr;
        @JsonProperty("lr_decay") @JsonSetter(nulls = Nulls.FAIL) public Integer lrDecay;
        @JsonProperty("adam_beta1") @JsonSetter(nulls = Nulls.FAIL) public Double adamBeta1;
        @JsonProperty("adam_beta2") @JsonSetter(nulls = Nulls.FAIL) public Double adamBeta2;
        /** RMSProp's mean square at the start: "ones" (TensorFlow 1, the paper's code) or "zeros" (PyTorch). */
        @JsonProperty("rmsprop_init") @JsonSetter(nulls = Nulls.FAIL) public String rmspropInit;
        @JsonSetter(nulls = Nulls.FAIL) public Integer iters;
        @JsonSetter(nulls = Nulls.FAIL) public Long seed;
        @JsonSetter(nulls = Nulls.FAIL) public Integer threads;
        @JsonProperty("fixed_generator") @JsonSetter(nulls = Nulls.FAIL) public Boolean fixedGenerator;
        @JsonProperty("eval_every") @JsonSetter(nulls = Nulls.FAIL) public Integer evalEvery;
        @JsonProperty("eval_samples") @JsonSetter(nulls = Nulls.FAIL) public Integer evalSamples;
    }

    public static RunSpec read(String text) {
        return toSpec(JsonFiles.read(text, File.class));
    }

    /** Reads config.json; every message names the file. */
    public static RunSpec read(Path file) {
        File f = JsonFiles.read(file, File.class);
        try {
            return toSpec(f);
        } catch (SpecException e) {
            throw e.in(file.toString());
        }
    }

    /** config.json's text: every setting, the optimizer and learning rate resolved. */
    public static String write(RunSpec s) {
        return JsonFiles.write(toFile(s));
    }

    static File toFile(RunSpec s) {
        File f = new File();
        f.dataset = s.data().id();
        if (s.data() instanceof DataSpec.Mixture m) f.mixture = MixtureJson.toFile(m.mixture());
        if (s.data() instanceof DataSpec.Points p) {
            float[] xy = p.points().coordinates();
            f.points = new ArrayList<>();
            // Doubles of the floats, which print as the floats they are and read back to them exactly.
            for (int i = 0; i < xy.length; i += 2) f.points.add(new double[] {Double.parseDouble(Float.toString(xy[i])), Double.parseDouble(Float.toString(xy[i + 1]))});
            if (p.points().fittedModes() > 0) f.pointModes = p.points().fittedModes();
        }
        f.mode = s.method().id;
        f.hidden = s.hidden();
        f.layers = s.layers();
        f.activation = s.activation().id;
        f.batch = s.batch();
        f.criticIters = s.criticIters();
        f.lambda = s.lambda();
        f.clip = s.clip();
        f.optimizer = s.optimizerKind().id;
        f.lr = s.lr();
        f.lrDecay = s.optimizer().lrDecay();
        f.adamBeta1 = s.optimizer().beta1();
        f.adamBeta2 = s.optimizer().beta2();
        f.rmspropInit = s.optimizer().rmsPropInit().id;
        f.iters = s.iters();
        f.seed = s.seed();
        f.threads = s.loop().threads();
        f.fixedGenerator = s.fixedGenerator();
        f.evalEvery = s.eval().every();
        f.evalSamples = s.evalSamples();
        return f;
    }

    static RunSpec toSpec(File f) {
        return over(RunSpec.defaults(), f);
    }

    /**
     * The settings a (partial) settings object gives over a base: each key given replaces the
     * base's value; a mode other than the base's without its own optimizer or rate brings the method's, as a switch in the window does.
     * (A lesson's steps and switches are such objects.)
     */
    public static RunSpec over(RunSpec d, File f) {
        if (f == null) throw SpecException.worded("refusal.settings.notObject");
        Method method = f.mode == null ? d.method() : parsed("mode", f.mode, Method::parse);
        NetworkSpec net = new NetworkSpec(or(f.hidden, d.hidden()), or(f.layers, d.layers()),
                f.activation == null ? d.activation() : parsed("activation", f.activation, Activation::parse));
        CriticSpec critic = new CriticSpec(or(f.criticIters, d.criticIters()), or(f.lambda, d.lambda()), or(f.clip, d.clip()));
        OptimizerSpec o = d.optimizer();
        // Without a new mode (or with the base's own) the base's optimizer and rate stay; with one, those not given follow the new method.
        boolean follow = f.mode != null && method != d.method();
        OptimizerSpec opt = new OptimizerSpec(f.optimizer != null ? parsed("optimizer", f.optimizer, OptimizerKind::parse) : follow ? null : o.kind(),
                f.lr != null ? f.lr : follow ? null : o.lr(),
                or(f.lrDecay, o.lrDecay()), or(f.adamBeta1, o.beta1()), or(f.adamBeta2, o.beta2()),
                f.rmspropInit == null ? o.rmsPropInit() : parsed("rmsprop_init", f.rmspropInit, RmsPropInit::parse));
        LoopSpec l = d.loop();
        LoopSpec loop = new LoopSpec(or(f.batch, l.batch()), or(f.iters, l.iters()), or(f.seed, l.seed()), or(f.threads, l.threads()),
                or(f.fixedGenerator, l.fixedGenerator()));
        EvalSpec eval = new EvalSpec(or(f.evalEvery, d.eval().every()), or(f.evalSamples, d.evalSamples()));
        return new RunSpec(data(f, d), method, net, critic, opt, loop, eval);
    }

    /** "dataset" names a built-in set or is "mixture"; a mixture given beside an unknown name is the data too (as v0.1 read it). */
    private static DataSpec data(File f, RunSpec d) {
        if (f.mixture != null && (f.dataset == null || !Datasets.isBuiltIn(f.dataset))) {
            try {
                return new DataSpec.Mixture(MixtureJson.toMixture(f.mixture));
            } catch (SpecException e) {
                throw e.reason() instanceof SpecException.InWords w ? SpecException.forSetting("mixture", w.words()) : new SpecException("mixture", e.getMessage());
            } catch (Refused e) {
                throw SpecException.forSetting("mixture", e.reason());
            } catch (IllegalArgumentException e) {
                throw new SpecException("mixture", e.getMessage());
            }
        }
        if (f.points != null || PointCloud.ID.equals(f.dataset)) return points(f);
        if (f.pointModes != null) {
            // Alone (a switch, a lesson step): the modes of the points the run already has.
            if (f.dataset != null || !(d.data() instanceof DataSpec.Points p)) throw SpecException.forSetting("point_modes", SpecException.reason("refusal.settings.modesAlone"));
            return new DataSpec.Points(fitted(p.points(), f.pointModes));
        }
        if (f.dataset == null) return d.data();
        if (DataSpec.Mixture.ID.equals(f.dataset)) throw SpecException.forSetting("dataset", SpecException.reason("refusal.settings.noMixture"));
        return DataSpec.named(f.dataset);
    }

    private static DataSpec points(File f) {
        if (f.points == null) throw SpecException.forSetting("dataset", SpecException.reason("refusal.settings.noPoints"));
        if (f.dataset != null && !PointCloud.ID.equals(f.dataset)) throw SpecException.forSetting("points", SpecException.reason("refusal.settings.pointsDataset", f.dataset));
        float[] xy = new float[2 * f.points.size()];
        for (int i = 0; i < f.points.size(); i++) {
            double[] p = f.points.get(i);
            if (p == null || p.length != 2) throw SpecException.forSetting("points", SpecException.reason("refusal.settings.pointPair", i + 1));
            xy[2 * i] = (float) p[0];
            xy[2 * i + 1] = (float) p[1];
        }
        PointCloud cloud;
        try {
            cloud = new PointCloud(xy);
        } catch (Refused e) {
            throw SpecException.forSetting("points", e.reason());
        } catch (IllegalArgumentException e) {
            throw new SpecException("points", e.getMessage());
        }
        return new DataSpec.Points(f.pointModes == null ? cloud : fitted(cloud, f.pointModes));
    }

    private static PointCloud fitted(PointCloud p, int k) {
        try {
            return p.withFittedModes(k);
        } catch (Refused e) {
            throw SpecException.forSetting("point_modes", e.reason());
        } catch (IllegalArgumentException e) {
            throw new SpecException("point_modes", e.getMessage());
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static <T> T parsed(String key, String text, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (Refused e) {
            throw SpecException.worded("refusal.inKey", key, e.reason());
        } catch (IllegalArgumentException e) {
            throw new SpecException("\"" + key + "\": " + e.getMessage());
        }
    }
}
