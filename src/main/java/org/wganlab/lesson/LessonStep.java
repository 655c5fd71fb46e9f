package org.wganlab.lesson;

import java.util.List;
import org.wganlab.figures.PlaneOptions;

/**
 * One step of a lesson.
 *
 * @param text       what the teacher says, in plain text with the seeds' notation (C, D, G, L_C, lambda, c)
 * @param iterations the generator iteration the step trains to before it pauses (0: it does not train by itself)
 * @param overlays   what the plane draws
 * @param charts     the charts the step is about (view ids), in order: the ones presentation mode and the handout show
 * @param pointAt    what to watch, one line ("the weights pile at +-c"), or empty
 * @param expect     what the run must show for the text to be true, checked live, in the handout and by {@code lesson --check}
 * @param keepProfile a label under which the per-layer gradient profile of this step's end stays on the layer-grads chart
 *                   for the later steps of the lesson (how Figure 1(b) overlays four critics), or empty
 */
public record LessonStep(String title, String text, LessonStart start, int iterations, List<LessonAction> actions,
        PlaneOptions overlays, List<String> charts, String pointAt, List<Claim> expect, String keepProfile) {
    public LessonStep {
        actions = List.copyOf(actions);
        charts = List.copyOf(charts);
        pointAt = pointAt == null ? "" : pointAt;
        expect = List.copyOf(expect);
        keepProfile = keepProfile == null ? "" : keepProfile;
    }
}
