package org.wganlab.lesson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lesson --check}: a lesson's steps run headless at its own seeds and at further ones
 * (each run's seed plus 1, 2, ...), every claim read at each. A claim passes when it holds at
 * the shipped seed and on at least {@link #REQUIRED} of the seeds: what a teacher who edits a
 * lesson runs before class, so the story the text tells is the one the picture shows.
 */
public final class LessonCheck {
    /** The share of seeds a claim must hold on. */
    public static final double REQUIRED = 0.8;

    /** One claim over the seeds: its value and verdict at the shipped seed, and how many seeds it held on. */
    public record Row(int step, String stepTitle, ClaimResult shipped, int held, int seeds, List<ClaimResult> everySeed) {
        public Row(int step, String stepTitle, ClaimResult shipped, int held, int seeds) {
            this(step, stepTitle, shipped, held, seeds, List.of(shipped));
        }

        public boolean passes() {
            return shipped.holds() && held >= Math.ceil(REQUIRED * seeds - 1e-9);
        }
    }

    /** The check's outcome: a row per claim, in step order, and the steps that diverged at some seed. */
    public record Report(String lesson, int seeds, List<Row> rows, List<String> notes) {
        public boolean passes() {
            for (Row r : rows) if (!r.passes()) return false;
            return true;
        }
    }

    /** Told as each seed's run moves on: (seed index, step index, iterations done, of how many). */
    public interface Progress {
        void at(int seed, int step, int done, int of);
    }

    private LessonCheck() {
    }

    public static Report run(Lesson lesson, int seeds, Progress progress) throws IOException {
        if (seeds < 1) throw new IllegalArgumentException("--seeds must be 1 or more");
        List<List<ClaimResult>> perSeed = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int k = 0; k < seeds; k++) {
            int seed = k;
            List<ClaimResult> results = new ArrayList<>();
            HeadlessLesson.run(lesson.reseeded(k), (step, done, of) -> progress.at(seed, step, done, of), o -> {
                results.addAll(o.claims());
                if (o.note() != null) notes.add("seed +" + seed + ", step " + (o.index() + 1) + ": " + o.note());
            });
            perSeed.add(results);
        }
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (int s = 0; s < lesson.steps().size(); s++) {
            LessonStep step = lesson.steps().get(s);
            for (int c = 0; c < step.expect().size(); c++, i++) {
                int held = 0;
                List<ClaimResult> every = new ArrayList<>();
                for (List<ClaimResult> r : perSeed) {
                    every.add(r.get(i));
                    if (r.get(i).holds()) held++;
                }
                rows.add(new Row(s + 1, step.title(), perSeed.get(0).get(i), held, seeds, List.copyOf(every)));
            }
        }
        return new Report(lesson.title(), seeds, List.copyOf(rows), List.copyOf(notes));
    }
}
