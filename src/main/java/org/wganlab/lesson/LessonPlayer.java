package org.wganlab.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.wganlab.train.RunState;

/**
 * Gives a lesson step by step to a {@link LessonTarget}: entering a step sets up its run and
 * shows its overlays; as the run passes an iteration, the step's actions due there happen once
 * each; at the step's last iteration the run pauses. Iterations count from where the step
 * began, so a step that continues the previous run schedules from its own start.
 * UI-free: the window calls {@link #atIteration} with each new state, a handout run after each iteration.
 */
public final class LessonPlayer {
    private final Lesson lesson;
    private final Function<Path, RunState> sessions;
    private int index = -1;
    private int begin;
    private int nextAction;
    private boolean ended;

    /** @param sessions reads a session file a step starts from (it may raise an IllegalArgumentException) */
    public LessonPlayer(Lesson lesson, Function<Path, RunState> sessions) {
        this.lesson = lesson;
        this.sessions = sessions;
    }

    public Lesson lesson() {
        return lesson;
    }

    /** The step shown, 0-based; -1 before the first is entered. */
    public int index() {
        return index;
    }

    public LessonStep step() {
        return index < 0 ? null : lesson.steps().get(index);
    }

    public boolean hasNext() {
        return index + 1 < lesson.steps().size();
    }

    public boolean hasPrevious() {
        return index > 0;
    }

    /**
     * Enters step i: its run (new settings, a session, or the run as it is), its overlays. Going
     * back to a step that continues an earlier run starts that earlier step's run again, so a
     * step always shows what it was prepared to show. A session that cannot be read raises an
     * IllegalArgumentException before anything changes.
     */
    public void enter(int i, LessonTarget target, int currentIteration) {
        if (i < 0 || i >= lesson.steps().size()) throw new IllegalArgumentException("step " + (i + 1) + " of " + lesson.steps().size());
        LessonStep step = lesson.steps().get(i);
        boolean forward = i == index + 1;
        LessonStart start = step.start();
        if (start instanceof LessonStart.Continue && !forward) start = originOf(i);
        if (start instanceof LessonStart.Settings s) {
            target.start(s.spec());
            begin = 0;
        } else if (start instanceof LessonStart.Session s) {
            RunState state = sessions.apply(s.file());
            target.resume(state);
            begin = state.trainer().iteration();
        } else {
            begin = currentIteration;
        }
        index = i;
        nextAction = 0;
        ended = false;
        target.show(step);
    }

    /** The start of the nearest step at or before i that does not continue. */
    private LessonStart originOf(int i) {
        for (int k = i; k >= 0; k--) {
            LessonStart s = lesson.steps().get(k).start();
            if (!(s instanceof LessonStart.Continue)) return s;
        }
        throw new IllegalStateException("the first step always has a run of its own");
    }

    /** The iteration the current step began at. */
    public int begin() {
        return begin;
    }

    /**
     * The run has reached this iteration: the actions due happen, in order, and at the step's
     * end the run pauses. Returns what happened, for the window to tell.
     */
    public List<LessonAction> atIteration(int iteration, LessonTarget target) {
        List<LessonAction> done = new ArrayList<>();
        LessonStep step = step();
        if (step == null) return done;
        int into = iteration - begin;
        while (nextAction < step.actions().size() && step.actions().get(nextAction).at() <= into) {
            LessonAction a = step.actions().get(nextAction++);
            if (a instanceof LessonAction.Switch s) target.apply(s.change().applyTo(target.spec()));
            else if (a instanceof LessonAction.TrainCritic t) target.trainCritic(t.steps());
            else target.pause();
            done.add(a);
        }
        if (!ended && step.iterations() > 0 && into >= step.iterations()) {
            ended = true;
            target.pause();
        }
        return done;
    }

    /**
     * The run's next scheduled moment, as a generator iteration of the run: the next action's,
     * or the step's end; -1 when nothing is left. The window holds the run there so the moment
     * lands exactly.
     */
    public int nextStop() {
        LessonStep step = step();
        if (step == null) return -1;
        int stop = Integer.MAX_VALUE;
        if (nextAction < step.actions().size()) stop = begin + step.actions().get(nextAction).at();
        if (!ended && step.iterations() > 0) stop = Math.min(stop, begin + step.iterations());
        return stop == Integer.MAX_VALUE ? -1 : stop;
    }

    /** True once the current step has trained its iterations. */
    public boolean stepEnded() {
        return ended;
    }
}
