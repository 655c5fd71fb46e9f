package org.wganlab.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wganlab.autodiff.Tensor;
import org.wganlab.config.JsonFiles;
import org.wganlab.config.SpecException;
import org.wganlab.train.RunState;
import org.wganlab.train.Snapshot;
import org.wganlab.train.Timeline;

/**
 * A session's timeline: up to {@link #MAX_MOMENTS} of the run's kept moments, spread evenly over
 * it, each stored under {@code timeline/NNN/} as a session of its own (config.json, state.json,
 * the tensors) plus {@code view.json} (the switches landed, the per-layer gradient norms) and
 * {@code norms.npy} and {@code interpolates.npy}: the parts of the picture a state does not hold.
 * Optional: a session without it opens with a timeline that starts where the session stops.
 */
final class SessionTimeline {
    /** At most this many moments travel with a session: at the default width a few MB, at width 512 about 12 MB each. */
    static final int MAX_MOMENTS = 24;
    /** ... and no more than this many bytes of them (estimated), so a session of a wide network stays a file one can mail or copy. */
    static final long MAX_BYTES = 160L * 1024 * 1024;
    private static final String PREFIX = "timeline/";

    /** What view.json holds. */
    static final class View {
        public Integer switchesDone;
        public List<Double> layerGradNorms;
    }

    private SessionTimeline() {
    }

    /** The moments a session keeps of a timeline, up to the saved iteration: spread evenly, within the count and the size. */
    static List<Timeline.Moment> chosen(List<Timeline.Moment> all, int upTo) {
        List<Timeline.Moment> before = new ArrayList<>();
        for (Timeline.Moment m : all) if (m.iteration() <= upTo) before.add(m);
        List<Timeline.Moment> spread = spread(before, MAX_MOMENTS);
        long bytes = 0;
        for (Timeline.Moment m : spread) bytes += m.bytes();
        if (bytes <= MAX_BYTES) return spread;
        return spread(before, (int) Math.max(2, MAX_MOMENTS * MAX_BYTES / bytes));
    }

    private static List<Timeline.Moment> spread(List<Timeline.Moment> all, int n) {
        if (all.size() <= n) return all;
        List<Timeline.Moment> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Timeline.Moment m = all.get((int) Math.round((double) i * (all.size() - 1) / (n - 1)));
            if (out.isEmpty() || out.get(out.size() - 1) != m) out.add(m);
        }
        return out;
    }

    /** Adds the moments' entries to a session's. */
    static void put(Map<String, byte[]> entries, List<Timeline.Moment> moments) {
        for (int k = 0; k < moments.size(); k++) {
            Timeline.Moment m = moments.get(k);
            String dir = String.format("%s%03d/", PREFIX, k);
            for (Map.Entry<String, byte[]> e : SessionFile.entries(m.state()).entrySet()) entries.put(dir + e.getKey(), e.getValue());
            Snapshot s = m.snapshot();
            View v = new View();
            v.switchesDone = m.switchesDone();
            v.layerGradNorms = new ArrayList<>();
            for (double g : s.norms().perLayer()) v.layerGradNorms.add(Double.isFinite(g) ? g : null);
            entries.put(dir + "view.json", JsonFiles.write(v).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            float[] real = s.norms().atReal(), fake = s.norms().atFake(), interp = s.norms().atInterpolates();
            int n = Math.max(real.length, Math.max(fake.length, interp.length));
            float[] rows = new float[3 * n];
            System.arraycopy(real, 0, rows, 0, real.length);
            System.arraycopy(fake, 0, rows, n, fake.length);
            System.arraycopy(interp, 0, rows, 2 * n, interp.length);
            entries.put(dir + "norms.npy", Npy.float32(3, n, rows));
            Tensor x = s.samples().interpolates();
            entries.put(dir + "interpolates.npy", Npy.float32(x.rows, x.cols, x.data));
        }
    }

    /** The moments a session's entries hold, oldest first (none when it has no timeline); a bad one raises a SessionException. */
    static List<Timeline.Moment> read(Map<String, byte[]> entries) {
        TreeMap<String, Map<String, byte[]>> byMoment = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (!e.getKey().startsWith(PREFIX)) continue;
            String rest = e.getKey().substring(PREFIX.length());
            int slash = rest.indexOf('/');
            if (slash <= 0) throw SessionException.notASession("the timeline entry " + e.getKey() + " is not in a moment's folder");
            byMoment.computeIfAbsent(rest.substring(0, slash), k -> new java.util.HashMap<>()).put(rest.substring(slash + 1), e.getValue());
        }
        List<Timeline.Moment> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, byte[]>> m : byMoment.entrySet()) {
            try {
                Map<String, byte[]> own = m.getValue();
                RunState state = SessionFile.fromEntries(own);
                byte[] viewBytes = own.get("view.json");
                if (viewBytes == null) throw SessionException.notASession("it has no view.json");
                View v = JsonFiles.read(new String(viewBytes, java.nio.charset.StandardCharsets.UTF_8), View.class);
                double[] perLayer = new double[v.layerGradNorms == null ? 0 : v.layerGradNorms.size()];
                for (int i = 0; i < perLayer.length; i++) perLayer[i] = v.layerGradNorms.get(i) == null ? Double.NaN : v.layerGradNorms.get(i);
                Npy.Array norms = Npy.read(bytes(own, "norms.npy"));
                Npy.Array interp = Npy.read(bytes(own, "interpolates.npy"));
                if (norms.floats() == null || norms.rows() != 3 || interp.floats() == null) throw SessionException.notASession("norms.npy must be 3 rows of float32, interpolates.npy float32");
                int n = norms.cols();
                float[] real = java.util.Arrays.copyOfRange(norms.floats(), 0, n), fake = java.util.Arrays.copyOfRange(norms.floats(), n, 2 * n),
                        at = java.util.Arrays.copyOfRange(norms.floats(), 2 * n, 3 * n);
                out.add(Timeline.restored(state, v.switchesDone == null ? 0 : v.switchesDone, real, fake, at, perLayer, new Tensor(interp.rows(), interp.cols(), interp.floats())));
            } catch (SessionException | SpecException e) {
                throw SessionException.inMoment(m.getKey(), e);
            } catch (IllegalArgumentException e) {
                throw SessionException.inMoment(m.getKey(), SessionException.doesNotFit(e.getMessage()));
            }
        }
        return out;
    }

    private static byte[] bytes(Map<String, byte[]> own, String name) {
        byte[] b = own.get(name);
        if (b == null) throw SessionException.notASession("it has no " + name);
        return b;
    }
}
