package org.wganlab.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.config.RunSpec;
import org.wganlab.train.Presets;
import org.wganlab.train.RunState;
import org.wganlab.train.Timeline;
import org.wganlab.train.Trainer;

/** The timeline travels with a saved session: its moments come back as they were shown, within the stated count. */
class SessionTimelineTest {
    @TempDir
    Path dir;

    private static RunSpec small() {
        return Presets.defaultSpec().withHidden(8).withBatch(16).withCriticIters(2).withThreads(1);
    }

    private static Timeline timeline(Trainer tr, int iterations) {
        Timeline t = new Timeline(Long.MAX_VALUE);
        t.add(tr.snapshot(List.of(), null), new RunState(tr.state(), List.of()), 0);
        for (int i = 0; i < iterations; i++) {
            tr.generatorIteration();
            t.add(tr.snapshot(List.of(), null), new RunState(tr.state(), List.of()), 0);
        }
        return t;
    }

    @Test
    void aSessionKeepsAnEvenSpreadOfItsMomentsAndTheyComeBackAsShown() throws Exception {
        Trainer tr = new Trainer(small(), 1);
        Timeline t = timeline(tr, 60);
        Path file = dir.resolve("run.wgan");
        SessionFile.write(file, new RunState(tr.state(), List.of()), t);
        SessionFile.Opened opened = SessionFile.readWithTimeline(file);
        List<Timeline.Moment> back = opened.timeline();
        assertEquals(SessionTimeline.MAX_MOMENTS, back.size(), "at most the stated count");
        assertEquals(0, back.get(0).iteration());
        assertEquals(60, back.get(back.size() - 1).iteration());
        assertEquals(60, opened.state().trainer().iteration());
        for (Timeline.Moment m : back) {
            Timeline.Moment was = t.nearest(m.iteration());
            assertEquals(was.iteration(), m.iteration());
            assertArrayEquals(was.snapshot().critic().parameterValues().get(0).data, m.snapshot().critic().parameterValues().get(0).data, "the critic at " + m.iteration());
            assertArrayEquals(was.snapshot().samples().fake().data, m.snapshot().samples().fake().data, "the generated points drawn again");
            assertArrayEquals(was.snapshot().norms().atInterpolates(), m.snapshot().norms().atInterpolates(), "the norms as shown");
            assertArrayEquals(was.snapshot().samples().interpolates().data, m.snapshot().samples().interpolates().data);
            assertArrayEquals(was.snapshot().history().iterations(), m.snapshot().history().iterations(), "the curves up to then");
        }
        // A session read the plain way ignores the timeline.
        assertEquals(60, SessionFile.read(file).trainer().iteration());
    }

    @Test
    void aDamagedMomentIsRefusedWithItsNumberAndNothingOpens() throws Exception {
        Trainer tr = new Trainer(small(), 1);
        Timeline t = timeline(tr, 5);
        Map<String, byte[]> entries = SessionFile.entries(new RunState(tr.state(), List.of()));
        SessionTimeline.put(entries, t.moments());
        entries.remove("timeline/003/view.json");
        SessionException e = assertThrows(SessionException.class, () -> SessionTimeline.read(entries));
        assertTrue(e.getMessage().startsWith("timeline moment 003: ") && e.getMessage().contains("view.json"), e.getMessage());
        assertEquals("refusal.session.inMoment", e.reason().key(), "worded, so the window can say it in its language");
        assertTrue(e.reason().in(org.wganlab.i18n.Words.of(java.util.Locale.GERMANY)).startsWith("Zeitpunkt 003 der Zeitleiste: keine WGAN-Lab-Sitzung"), e.reason().in(org.wganlab.i18n.Words.of(java.util.Locale.GERMANY)));
    }
}
