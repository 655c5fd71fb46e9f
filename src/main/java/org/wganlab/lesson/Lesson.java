package org.wganlab.lesson;

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
}
