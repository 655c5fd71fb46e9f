package org.wganlab.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * A lesson as a teacher prepares it: a title, a line saying what it is about, and its steps
 * in order. Immutable; read by {@link LessonJson}.
 */
public record Lesson(String title, String summary, List<LessonStep> steps) {
    public Lesson {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("a lesson needs a title");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) throw new IllegalArgumentException("a lesson needs at least one step");
        if (steps.get(0).start() instanceof LessonStart.Continue) throw new IllegalArgumentException("the first step has no run to continue: give it settings, a preset or a session");
    }

    /**
     * The same lesson with every run's seed moved on by offset (a step that continues keeps its
     * run; a saved session cannot be reseeded and stays as it is): what {@code lesson --check}
     * runs to see whether a claim holds beyond the shipped seed.
     */
    public Lesson reseeded(long offset) {
        List<LessonStep> out = new ArrayList<>();
        for (LessonStep s : steps) {
            LessonStart start = s.start() instanceof LessonStart.Settings st ? new LessonStart.Settings(st.spec().withSeed(st.spec().seed() + offset), st.presetName()) : s.start();
            out.add(new LessonStep(s.title(), s.text(), start, s.iterations(), s.actions(), s.overlays(), s.charts(), s.pointAt(), s.expect(), s.keepProfile()));
        }
        return new Lesson(title, summary, out);
    }

    /** True when some step starts from a saved session, whose seed is its own. */
    public boolean hasSessions() {
        for (LessonStep s : steps) if (s.start() instanceof LessonStart.Session) return true;
        return false;
    }
}
