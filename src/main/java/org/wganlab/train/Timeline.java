package org.wganlab.train;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.autodiff.Tensor;
import org.wganlab.optim.Optimizer;

/**
 * The run's story so far, kept to look back at in class: moments, each a published snapshot
 * and the whole state it was taken from, so a moment can be shown in every view and the run
 * continued from it exactly. Moments are kept as often as they are offered at first; once the
 * kept ones pass the memory budget, older stretches are thinned, so the density of moments
 * falls with their age (about logarithmically) and the latest stretch stays the finest.
 *
 * <p>Thread-safe: the training thread adds moments, the window reads them.
 */
public final class Timeline {
    /** The default memory budget: well under the 300 MB a lecture laptop can spare, for any network the window trains. */
    public static final long DEFAULT_BUDGET_BYTES = 200L * 1024 * 1024;
    /** At least this many moments are kept whatever the budget, so even the widest network has a story. */
    public static final int MIN_MOMENTS = 6;

    /**
     * One kept moment of the run.
     *
     * @param switchesDone how many of the run's scheduled switches had landed
     * @param bytes        what keeping it costs, estimated from its arrays
     */
    public record Moment(Snapshot snapshot, RunState state, int switchesDone, long bytes) {
        public int iteration() {
            return snapshot.iteration();
        }
    }

    private final long budgetBytes;
    private final List<Moment> moments = new ArrayList<>();
    private long bytes;
    private long version;

    public Timeline() {
        this(DEFAULT_BUDGET_BYTES);
    }

    public Timeline(long budgetBytes) {
        if (budgetBytes < 1) throw new IllegalArgumentException("a timeline needs a memory budget");
        this.budgetBytes = budgetBytes;
    }

    /**
     * A moment rebuilt from what a saved session keeps of it: its whole state, and the parts of
     * the picture the state does not hold (the last critic batch's gradient norms and
     * interpolates). The rest of the picture is drawn again from the state: the same networks,
     * display points and curves.
     */
    public static Moment restored(RunState state, int switchesDone, float[] normsReal, float[] normsFake, float[] normsInterp, double[] perLayer, Tensor interpolates) {
        Trainer t = new Trainer(state.trainer(), 1);
        Snapshot s = t.snapshot(state.evaluations(), null);
        Samples drawn = s.samples();
        Snapshot shown = new Snapshot(s.iteration(), s.criticSteps(), s.generatorSteps(), s.spec(), s.distribution(),
                new Samples(drawn.real(), drawn.fake(), drawn.fakeGrad(), interpolates.copy()),
                new GradientNorms(normsReal.clone(), normsFake.clone(), normsInterp.clone(), perLayer.clone()),
                s.critic(), s.generator(), s.history(), s.events(), s.evals(), s.last(), null);
        return new Moment(shown, state, switchesDone, sizeOf(shown, state));
    }

    /** Keeps these moments, in iteration order, as they are (a saved session's), in place of any kept before. */
    public synchronized void replaceWith(List<Moment> restored) {
        moments.clear();
        bytes = 0;
        for (Moment m : restored) {
            if (!moments.isEmpty() && moments.get(moments.size() - 1).iteration() >= m.iteration()) continue;
            moments.add(m);
            bytes += m.bytes();
        }
        while (bytes > budgetBytes && moments.size() > MIN_MOMENTS) thinOne();
        version++;
    }

    /** Keeps this moment (it replaces the last one at the same iteration), thinning older ones past the budget. */
    public synchronized void add(Snapshot snapshot, RunState state, int switchesDone) {
        Moment m = new Moment(snapshot, state, switchesDone, sizeOf(snapshot, state));
        if (!moments.isEmpty()) {
            Moment last = moments.get(moments.size() - 1);
            if (last.iteration() > m.iteration()) throw new IllegalArgumentException("moments come in iteration order: " + m.iteration() + " after " + last.iteration());
            if (last.iteration() == m.iteration()) {
                bytes -= last.bytes();
                moments.remove(moments.size() - 1);
            }
        }
        moments.add(m);
        bytes += m.bytes();
        while (bytes > budgetBytes && moments.size() > MIN_MOMENTS) thinOne();
        version++;
    }

    /**
     * Removes the moment whose loss leaves the smallest gap for its age: the gap it leaves
     * between its neighbours, over how far behind the latest moment it lies. The first and the
     * latest are never removed.
     */
    private void thinOne() {
        int n = moments.size();
        int now = moments.get(n - 1).iteration();
        int drop = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < n - 1; i++) {
            double gap = moments.get(i + 1).iteration() - moments.get(i - 1).iteration();
            double age = now - moments.get(i).iteration() + 1;
            double score = gap / age;
            if (score < best) {
                best = score;
                drop = i;
            }
        }
        if (drop < 0) return;
        bytes -= moments.remove(drop).bytes();
    }

    /** The kept moments, oldest first. */
    public synchronized List<Moment> moments() {
        return List.copyOf(moments);
    }

    public synchronized int size() {
        return moments.size();
    }

    /** The moment at this index (0 the oldest). */
    public synchronized Moment get(int index) {
        return moments.get(index);
    }

    /** The kept moment nearest to this iteration, or null when none is kept. */
    public synchronized Moment nearest(int iteration) {
        Moment best = null;
        for (Moment m : moments) {
            if (best == null || Math.abs(m.iteration() - iteration) < Math.abs(best.iteration() - iteration)) best = m;
        }
        return best;
    }

    /** Drops every moment after this iteration: the future abandoned when the run continues from a moment. */
    public synchronized void dropAfter(int iteration) {
        while (!moments.isEmpty() && moments.get(moments.size() - 1).iteration() > iteration) bytes -= moments.remove(moments.size() - 1).bytes();
        version++;
    }

    /** Forgets everything: a new run starts a new story. */
    public synchronized void clear() {
        moments.clear();
        bytes = 0;
        version++;
    }

    /** The memory the kept moments take, estimated from their arrays. */
    public synchronized long bytes() {
        return bytes;
    }

    public long budgetBytes() {
        return budgetBytes;
    }

    /** Grows with every change, so a view redraws its slider only when there is something new. */
    public synchronized long version() {
        return version;
    }

    /**
     * What keeping a moment costs: its floats (networks, optimizer state, points, norms) and the
     * curves it holds. The networks and optimizer state count twice: measured on the heap at
     * width 512, a moment held about twice the floats its arrays count (34 MB against 17).
     */
    static long sizeOf(Snapshot s, RunState r) {
        long floats = 0;
        TrainerState t = r.trainer();
        for (TrainerState.Network n : List.of(t.critic(), t.generator())) {
            for (Tensor p : n.parameters()) floats += p.size();
            floats += slots(n.optimizer());
        }
        floats *= 2;
        floats += t.display().noise().size() + t.display().real().size();
        // The snapshot's own copies of both networks (counted twice, as above), and its points.
        floats += 2L * (s.critic().parameterCount() + s.generator().parameterCount());
        floats += 4L * t.display().real().size();
        long curves = 8L * (s.history().size() + t.record().history().size()) * (1 + s.history().values().length);
        return 4 * floats + curves + 4096;
    }

    private static long slots(Optimizer.State o) {
        long n = 0;
        for (List<float[]> slot : o.slots().values()) for (float[] v : slot) n += v.length;
        return n;
    }
}
