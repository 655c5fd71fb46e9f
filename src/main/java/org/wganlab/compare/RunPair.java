package org.wganlab.compare;

import java.util.EnumMap;
import java.util.Map;
import org.wganlab.train.SessionState;
import org.wganlab.train.Timeline;
import org.wganlab.train.TrainingSession;

/**
 * Two live runs with one Play, Pause and Step. The sides go in step: each trains to the same
 * iteration and waits there for the other, then both go on, so the two pictures always show
 * the same iteration (within one stride) however different the sides' speeds. Each side runs
 * in its own {@link TrainingSession} from its own specification, so its numbers are those of
 * that run alone.
 */
public final class RunPair implements AutoCloseable {
    /** Generator iterations each side runs before it waits for the other. */
    static final int STRIDE = 5;

    private final Comparison comparison;
    private final Map<Side, TrainingSession> sessions = new EnumMap<>(Side.class);
    private boolean playing;
    /** The iteration both sides are heading for (-1: none). */
    private int target = -1;

    /** @param kernelThreadCap kernel threads per side (0: as each spec says) */
    public RunPair(Comparison comparison, int kernelThreadCap) {
        this.comparison = comparison;
        for (Side side : Side.values()) {
            TrainingSession s = new TrainingSession(comparison.spec(side), kernelThreadCap);
            s.schedule(comparison.switches());
            s.keepMomentsAtHolds(true);
            s.setListener(st -> advance());
            sessions.put(side, s);
        }
    }

    public Comparison comparison() {
        return comparison;
    }

    public SessionState state(Side side) {
        return sessions.get(side).state();
    }

    /** A side's kept moments: both sides keep one at every stride, so they hold the same iterations. */
    public Timeline timeline(Side side) {
        return sessions.get(side).timeline();
    }

    /**
     * Both sides continue from their moments at this iteration, paused: each exactly the run
     * that followed from there. Refused (an IllegalArgumentException, nothing changed) unless
     * both keep a moment at it.
     */
    public synchronized void continueFrom(int iteration) {
        Map<Side, Timeline.Moment> at = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            Timeline.Moment m = timeline(side).nearest(iteration);
            if (m == null || m.iteration() != iteration) throw new IllegalArgumentException("side " + side + " keeps no moment at iteration " + iteration);
            at.put(side, m);
        }
        pause();
        for (Side side : Side.values()) sessions.get(side).continueFrom(at.get(side));
    }

    public synchronized boolean playing() {
        return playing;
    }

    public synchronized void play() {
        playing = true;
        target = Math.max(iteration(Side.A), iteration(Side.B)) + STRIDE;
        release();
    }

    public synchronized void pause() {
        playing = false;
        target = -1;
        for (TrainingSession s : sessions.values()) {
            s.pause();
            s.holdAt(-1);
        }
    }

    public synchronized void togglePlay() {
        if (playing) pause();
        else play();
    }

    /** One generator iteration on both sides (to the iteration after the further one). */
    public synchronized void step() {
        playing = false;
        target = Math.max(iteration(Side.A), iteration(Side.B)) + 1;
        release();
    }

    /** Both sides to this iteration, then paused (a lesson or a test: exactly there). */
    public synchronized void runTo(int iteration) {
        playing = false;
        target = iteration;
        release();
    }

    /** Fresh networks from the seed on both sides. */
    public synchronized void reset() {
        pause();
        for (TrainingSession s : sessions.values()) s.reset();
    }

    private int iteration(Side side) {
        SessionState st = sessions.get(side).state();
        return st == null ? 0 : st.snapshot().iteration();
    }

    /** Each side not yet at the target trains to it. */
    private void release() {
        for (Side side : Side.values()) {
            if (iteration(side) >= target) continue;
            TrainingSession s = sessions.get(side);
            s.holdAt(target);
            s.play();
        }
    }

    /**
     * On either side's publish: when both stand at the target and the pair plays, the next
     * stride. Paused (a step, a run to an iteration), when both have stopped at different
     * iterations, the one behind goes on to the other's: a target set from a state published a
     * moment before a side's last steps can lie behind that side.
     */
    private synchronized void advance() {
        if (target < 0) return;
        for (Side side : Side.values()) {
            SessionState st = sessions.get(side).state();
            if (st.problem() != null) {
                // A diverged side stops the pair: the other would run on alone.
                if (playing) pause();
                return;
            }
            if (st.playing()) return;
        }
        int a = iteration(Side.A), b = iteration(Side.B);
        if (!playing) {
            if (a != b) {
                target = Math.max(a, b);
                release();
            }
            return;
        }
        if (Math.min(a, b) < target) return;
        target += STRIDE;
        release();
    }

    @Override
    public void close() {
        for (TrainingSession s : sessions.values()) s.close();
    }
}
