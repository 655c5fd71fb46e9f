package org.wganlab.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wganlab.autodiff.Node;
import org.wganlab.config.Method;
import org.wganlab.config.RunSpec;
import org.wganlab.nn.Mlp;
import org.wganlab.train.EvalSchedule;
import org.wganlab.train.MetricsHistory;
import org.wganlab.train.Presets;
import org.wganlab.train.RunDriver;
import org.wganlab.train.RunState;
import org.wganlab.train.StepMetrics;
import org.wganlab.train.TrainerState;

class SessionFileTest {
    @TempDir
    Path dir;

    private static RunSpec small(Method m) {
        return RunSpec.defaults().withMethod(m).withHidden(24).withBatch(48).withThreads(1).withCriticIters(3).withEval(RunSpec.defaults().eval().withEvery(4).withSamples(64));
    }

    /** The method each run switches to: before the save in one test, after the resume in the other. */
    private static Method other(Method m) {
        return m == Method.CLIP ? Method.GP : Method.CLIP;
    }

    private static double[] row(StepMetrics m) {
        double[] v = m.values();
        double[] out = Arrays.copyOf(v, v.length + m.layerGradNorms().length);
        System.arraycopy(m.layerGradNorms(), 0, out, v.length, m.layerGradNorms().length);
        return out;
    }

    private static float[] flat(Mlp m) {
        List<Float> all = new ArrayList<>();
        for (Node p : m.parameters()) for (float v : p.value.data) all.add(v);
        float[] out = new float[all.size()];
        for (int i = 0; i < out.length; i++) out[i] = all.get(i);
        return out;
    }

    /** Runs to iteration `to`, switching method at `switchAt` (-1: never); returns each iteration's row. */
    private static List<double[]> run(RunDriver d, int to, int switchAt, Method target) {
        List<double[]> rows = new ArrayList<>();
        while (d.trainer().iteration() < to) {
            if (d.trainer().iteration() == switchAt && d.spec().method() != target) d.apply(d.spec().withMethod(target));
            rows.add(row(d.iteration()));
        }
        return rows;
    }

    private void resumesBitIdentically(Method m, int switchAt) throws IOException {
        Method target = other(m);
        List<double[]> straight;
        float[] criticStraight, generatorStraight;
        try (RunDriver d = new RunDriver(small(m), 0, EvalSchedule.every(4))) {
            straight = run(d, 14, switchAt, target);
            criticStraight = flat(d.trainer().critic());
            generatorStraight = flat(d.trainer().generator());
        }
        List<double[]> resumed;
        Path file = dir.resolve(m.id + switchAt + ".wgan");
        try (RunDriver d = new RunDriver(small(m), 0, EvalSchedule.every(4))) {
            resumed = run(d, 7, switchAt, target);
            SessionFile.write(file, d.state());
        }
        RunState saved = SessionFile.read(file);
        try (RunDriver d = new RunDriver(saved, 0, EvalSchedule.every(4))) {
            assertEquals(7, d.trainer().iteration());
            resumed.addAll(run(d, 14, switchAt, target));
            assertEquals(straight.size(), resumed.size());
            for (int i = 0; i < straight.size(); i++) assertArrayEquals(straight.get(i), resumed.get(i), 0.0, m.id + " iteration " + i);
            assertArrayEquals(criticStraight, flat(d.trainer().critic()), m.id);
            assertArrayEquals(generatorStraight, flat(d.trainer().generator()), m.id);
        }
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void aSwitchBeforeTheSaveResumesBitIdentically(Method m) throws IOException {
        resumesBitIdentically(m, 4);
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void aSwitchAfterTheResumeResumesBitIdentically(Method m) throws IOException {
        resumesBitIdentically(m, 10);
    }

    @Test
    void aSaveBetweenTheStepsOfAnIterationResumesThere() throws IOException {
        RunSpec spec = small(Method.GP);
        List<double[]> straight, resumed = new ArrayList<>();
        try (RunDriver d = new RunDriver(spec, 0, EvalSchedule.every(4))) {
            straight = run(d, 6, -1, Method.GP);
        }
        Path file = dir.resolve("mid.wgan");
        try (RunDriver d = new RunDriver(spec, 0, EvalSchedule.every(4))) {
            resumed.addAll(run(d, 3, -1, Method.GP));
            assertEquals(null, d.step()); // the generator step of iteration 3
            assertEquals(null, d.step()); // its first critic step
            SessionFile.write(file, d.state());
        }
        try (RunDriver d = new RunDriver(SessionFile.read(file), 0, EvalSchedule.every(4))) {
            resumed.addAll(run(d, 6, -1, Method.GP));
        }
        for (int i = 0; i < straight.size(); i++) assertArrayEquals(straight.get(i), resumed.get(i), 0.0, "iteration " + i);
    }

    @Test
    void theSessionKeepsEventsEvaluationsCurvesAndSettings() throws IOException {
        Path file = dir.resolve("keep.wgan");
        RunState before;
        try (RunDriver d = new RunDriver(small(Method.GP), 0, EvalSchedule.every(4))) {
            run(d, 9, 5, Method.CLIP);
            before = d.state();
            SessionFile.write(file, before);
        }
        RunState after = SessionFile.read(file);
        TrainerState a = before.trainer(), b = after.trainer();
        assertEquals(a.spec(), b.spec());
        assertEquals(a.record().events(), b.record().events());
        assertEquals(1, b.record().events().size());
        assertEquals(before.evaluations(), after.evaluations());
        assertEquals(2, after.evaluations().size());
        assertArrayEquals(a.record().history().iterations(), b.record().history().iterations());
        for (int s = 0; s < a.record().history().values().length; s++) assertArrayEquals(a.record().history().values()[s], b.record().history().values()[s], 0.0);
        assertArrayEquals(row(a.record().last()), row(b.record().last()), 0.0);
        assertEquals(a.critic().optimizer().steps(), b.critic().optimizer().steps());
    }

    @Test
    void theWeightsAreNumpyFilesNamedByNetworkAndLayer() throws IOException {
        Path file = dir.resolve("np.wgan");
        try (RunDriver d = new RunDriver(small(Method.GP).withLayers(2), 0, EvalSchedule.every(4))) {
            run(d, 2, -1, Method.GP);
            SessionFile.write(file, d.state());
            try (var zip = new ZipFile(file.toFile())) {
                byte[] w = zip.getInputStream(zip.getEntry("critic/layer1.weight.npy")).readAllBytes();
                Npy.Array a = Npy.read(w);
                assertEquals(24, a.rows());
                assertEquals(24, a.cols());
                assertArrayEquals(d.trainer().critic().parameters().get(2).value.data, a.floats());
                String header = new String(w, 0, 128, StandardCharsets.US_ASCII);
                assertTrue(header.contains("'descr': '<f4', 'fortran_order': False, 'shape': (24, 24)"), header);
                assertTrue(header.indexOf('\n') % 64 == 63, "the header is padded to 64 bytes");
                for (String name : List.of("config.json", "state.json", "generator/layer2.bias.npy", "optimizer/critic/m/layer0.weight.npy", "history.npy")) {
                    assertTrue(zip.getEntry(name) != null, name);
                }
            }
        }
    }

    @Test
    void badFilesAreRefusedInPlainWords() throws IOException {
        Path good = dir.resolve("good.wgan");
        try (RunDriver d = new RunDriver(small(Method.GP), 0, EvalSchedule.every(4))) {
            run(d, 2, -1, Method.GP);
            SessionFile.write(good, d.state());
        }
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.wgan"), Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(refusal(cut).contains("cut off or damaged"), refusal(cut));
        Path text = Files.writeString(dir.resolve("text.wgan"), "{\"mode\": \"gp\"}");
        assertTrue(refusal(text).contains("not a WGAN Lab session"), refusal(text));
        assertTrue(refusal(dir.resolve("missing.wgan")).contains("no such file"));

        var entries = SessionFile.entries(SessionFile.read(good));
        entries.put("state.json", new String(entries.get("state.json")).replace("\"version\": 1", "\"version\": 7").getBytes());
        assertTrue(message(entries).contains("newer WGAN Lab"), message(entries));
        entries = SessionFile.entries(SessionFile.read(good));
        entries.put("state.json", new String(entries.get("state.json")).replace(SessionFile.FORMAT, "something-else").getBytes());
        assertTrue(message(entries).contains("not a WGAN Lab session"), message(entries));
        entries = SessionFile.entries(SessionFile.read(good));
        entries.remove("critic/layer0.bias.npy");
        assertTrue(message(entries).contains("critic/layer0.bias.npy"), message(entries));
        entries = SessionFile.entries(SessionFile.read(good));
        byte[] w = entries.get("generator/layer0.weight.npy");
        entries.put("generator/layer0.weight.npy", Arrays.copyOf(w, w.length - 8));
        assertTrue(message(entries).contains("cut off or damaged"), message(entries));
        entries = SessionFile.entries(SessionFile.read(good));
        entries.put("config.json", new String(entries.get("config.json")).replace("\"hidden\": 24", "\"hidden\": 32").getBytes());
        assertTrue(message(entries).contains("where config.json's network (width 32"), message(entries));
    }

    private static String refusal(Path p) {
        return assertThrows(SessionException.class, () -> SessionFile.read(p)).getMessage();
    }

    private static String message(Map<String, byte[]> entries) {
        return assertThrows(IllegalArgumentException.class, () -> SessionFile.fromEntries(entries)).getMessage();
    }

    @Test
    void theCurvesAreReadByColumnNameNotByPosition() throws IOException {
        Path good = dir.resolve("named.wgan");
        RunState saved;
        try (RunDriver d = new RunDriver(small(Method.GP), 0, EvalSchedule.every(4))) {
            run(d, 6, -1, Method.GP);
            saved = d.state();
            SessionFile.write(good, saved);
        }
        var original = saved.trainer().record().history();
        var entries = SessionFile.entries(SessionFile.read(good));
        assertTrue(Pattern.compile("\"history_columns\"\\s*:\\s*\\[\\s*\"iteration\"\\s*,\\s*\"w_estimate\"").matcher(new String(entries.get("state.json"))).find(),
                "the file names its columns");

        // A file from another version: its columns in another order, one this version does not know, one it lacks.
        Npy.Array a = Npy.read(entries.get("history.npy"));
        int rows = a.rows(), cols = a.cols();
        List<String> names = new ArrayList<>(List.of("iteration", "critic_loss", "some_future_series", "w_estimate"));
        double[] d = new double[rows * names.size()];
        for (int r = 0; r < rows; r++) {
            d[r * 4] = a.doubles()[r * cols];
            d[r * 4 + 1] = a.doubles()[r * cols + 2];
            d[r * 4 + 2] = 42;
            d[r * 4 + 3] = a.doubles()[r * cols + 1];
        }
        entries.put("history.npy", Npy.float64(rows, 4, d));
        String state = new String(entries.get("state.json"));
        state = state.replaceAll("\"history_columns\": \\[[^\\]]*\\]", "\"history_columns\": [\"iteration\", \"critic_loss\", \"some_future_series\", \"w_estimate\"]");
        entries.put("state.json", state.getBytes());
        var read = SessionFile.fromEntries(entries).trainer().record().history();
        assertArrayEquals(original.iterations(), read.iterations());
        assertArrayEquals(original.series(MetricsHistory.Series.W_ESTIMATE), read.series(MetricsHistory.Series.W_ESTIMATE), 0.0);
        assertArrayEquals(original.series(MetricsHistory.Series.CRITIC_LOSS), read.series(MetricsHistory.Series.CRITIC_LOSS), 0.0);
        for (double v : read.series(MetricsHistory.Series.PENALTY)) assertTrue(Double.isNaN(v), "a series the file lacks is not measured");

        // A file from before the names: the columns in the order of that version.
        entries = SessionFile.entries(SessionFile.read(good));
        entries.put("state.json", new String(entries.get("state.json")).replaceAll(",?\\s*\"history_columns\": \\[[^\\]]*\\]", "").getBytes());
        assertTrue(!new String(entries.get("state.json")).contains("history_columns"));
        var legacy = SessionFile.fromEntries(entries).trainer().record().history();
        for (MetricsHistory.Series ser : MetricsHistory.Series.values()) assertArrayEquals(original.series(ser), legacy.series(ser), 0.0, ser.column);

        entries.put("state.json", state.replace("\"iteration\", \"critic_loss\"", "\"critic_loss\", \"iteration\"").getBytes());
        assertTrue(message(entries).contains("must start with \"iteration\""), message(entries));
    }

    @Test
    void theShippedSessionWrittenBeforeTheColumnNamesStillOpens() {
        RunState shipped = SessionFile.readResource(Presets.TRAINED_FIGURE_1A);
        var h = shipped.trainer().record().history();
        assertTrue(h.size() > 100);
        // Its curves read as they were written: the estimate climbs toward W1, the clip fraction of a penalised critic is ~0.
        double[] est = h.series(MetricsHistory.Series.W_ESTIMATE);
        assertTrue(est[est.length - 1] > 0.3 && est[est.length - 1] < 1.5, "w_estimate " + est[est.length - 1]);
        double[] interp = h.series(MetricsHistory.Series.GRAD_NORM_INTERP);
        assertTrue(Math.abs(interp[interp.length - 1] - 1) < 0.3, "||grad C(x_hat)|| " + interp[interp.length - 1]);
    }
}
