package org.wganlab.ui;

import java.util.Arrays;
import java.util.List;

/**
 * How the window was asked to open, read from the {@code -Dwganlab.*} system properties in this
 * one place: for scripted screenshots and demos, and for the few settings the README documents
 * ({@code noWarmup}, {@code trainingThreads}). The kernels' own properties are read by
 * {@link org.wganlab.kernel.KernelOptions}.
 *
 * @param dataset         a data set's name to open with instead of the default preset's ({@code dataset})
 * @param warmup          tune the kernel and compile the training code on a throwaway run while the teacher finds Play (off: {@code noWarmup=true})
 * @param story           the N-th story of the story bar (0 the first), or null ({@code preset})
 * @param compare         "false", "true" or the number of a ready comparison: open the side-by-side window ({@code compare})
 * @param autoplay        start training at once ({@code autoplay})
 * @param lesson          a lesson's name to open, or null ({@code lesson}), at this step, 1-based ({@code lessonStep})
 * @param presentation    open in presentation mode ({@code presentation})
 * @param shown           ids of "Show on the plane" boxes to tick ({@code show=transport,estimate-over-k})
 * @param transportSteps  open the transport plan's step-through ({@code transportSteps})
 * @param fxCanvas        force the plane through a JavaFX canvas (true) or a Java2D image (false), or null to choose ({@code fxCanvas})
 * @param trainingThreads kernel threads the window's training may use ({@code trainingThreads}, default every core)
 * @param statusLog       print the status line every 2 s, for measuring a live window from a script ({@code statusLog})
 * @param language        the window's language, "en" or "de", or null: the system's ({@code language})
 */
record WindowOptions(String dataset, boolean warmup, Integer story, String compare, boolean autoplay, String lesson, int lessonStep, boolean presentation,
        List<String> shown, boolean transportSteps, Boolean fxCanvas, int trainingThreads, boolean statusLog, String language) {

    private static final WindowOptions SYSTEM = read();

    /** What the system properties say, read once per process. */
    static WindowOptions fromSystemProperties() {
        return SYSTEM;
    }

    private static WindowOptions read() {
        String story = System.getProperty("wganlab.preset"), canvas = System.getProperty("wganlab.fxCanvas");
        List<String> shown = Arrays.stream(System.getProperty("wganlab.show", "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new WindowOptions(System.getProperty("wganlab.dataset"), !Boolean.getBoolean("wganlab.noWarmup"), story == null ? null : Integer.valueOf(story.strip()),
                System.getProperty("wganlab.compare", "false").strip(), Boolean.getBoolean("wganlab.autoplay"), System.getProperty("wganlab.lesson"),
                Integer.getInteger("wganlab.lessonStep", 1), Boolean.getBoolean("wganlab.presentation"), shown, Boolean.getBoolean("wganlab.transportSteps"),
                canvas == null ? null : Boolean.valueOf(canvas), Math.max(1, Integer.getInteger("wganlab.trainingThreads", Runtime.getRuntime().availableProcessors())),
                Boolean.getBoolean("wganlab.statusLog"), System.getProperty("wganlab.language"));
    }

    /** Whether the side-by-side window opens. */
    boolean opensCompare() {
        return !compare.equals("false");
    }
}
