package org.wganlab.ui;

import org.wganlab.config.RunSpec;
import org.wganlab.figures.PlaneOptions;
import org.wganlab.lab.LabController;
import org.wganlab.lesson.LessonStep;
import org.wganlab.lesson.LessonTarget;
import org.wganlab.train.RunState;

/** A lesson's run in the window: every change through the controller, as if made by hand, the controls kept in step. */
final class WindowLessonTarget implements LessonTarget {
    private final LabController lab;
    private final ControlPanel controls;
    private final ViewsGrid views;
    private final Runnable sync;

    WindowLessonTarget(LabController lab, ControlPanel controls, ViewsGrid views, Runnable sync) {
        this.lab = lab;
        this.controls = controls;
        this.views = views;
        this.sync = sync;
    }

    @Override
    public void start(RunSpec spec) {
        lab.start(spec);
        sync.run();
    }

    @Override
    public void resume(RunState state) {
        lab.resume(state);
        sync.run();
    }

    @Override
    public RunSpec spec() {
        return lab.spec();
    }

    @Override
    public void apply(RunSpec next) {
        lab.change(s -> next);
        sync.run();
    }

    @Override
    public void pause() {
        lab.pause();
    }

    @Override
    public void trainCritic(int steps) {
        lab.trainCritic(steps);
    }

    /** The step's overlays through the checkboxes (so the controls say what is drawn), its charts in presentation mode. */
    @Override
    public void show(LessonStep step) {
        PlaneOptions o = step.overlays();
        controls.showOverlays(o);
        // Two, not three: the lesson's text takes the room of the third at a projector's 720 lines.
        views.setLectureCharts(step.charts(), 2);
    }
}
