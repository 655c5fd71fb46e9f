package org.wganlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wganlab.ui.FxWait.waitFor;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Looking back in class: the timeline under the plane shows an earlier moment in every view, Live returns, and the run continues from a moment. */
class TimelineWindowTest extends WindowTest {
    @Test
    void dragBackLookThenGoLiveAndContinueFromAMoment(FxRobot robot) throws Exception {
        // A fresh run has kept its first moment: one, said as one.
        waitFor("the first moment", () -> robot.lookup("#timeline-where").queryAs(javafx.scene.control.Label.class).getText().equals("live · 1 moment"));
        view.lab().holdAt(120);
        view.lab().play();
        waitFor("iteration 120", () -> !view.lab().state().playing() && snap().iteration() == 120);
        waitFor("the live run shown", () -> view.shown() != null && view.shown().iteration() == 120);
        robot.clickOn(view.planePane());
        for (int i = 0; i < 10; i++) robot.type(KeyCode.OPEN_BRACKET);
        waitFor("an earlier moment shown", () -> view.shown().iteration() < 120);
        int back = view.shown().iteration();
        assertTrue(view.lab().timeline().moments().stream().anyMatch(m -> m.snapshot() == view.shown()), "a kept moment, at iteration " + back);
        assertFalse(view.lab().state().playing(), "training pauses while the class looks back");
        robot.clickOn("#timeline-live");
        waitFor("the live end again", () -> view.shown().iteration() == 120);
        for (int i = 0; i < 30; i++) robot.type(KeyCode.OPEN_BRACKET);
        waitFor("further back", () -> view.shown().iteration() < 40);
        int from = view.shown().iteration();
        robot.clickOn("#timeline-continue");
        waitFor("the run at the moment", () -> snap().iteration() == from && view.shown() == view.lab().state().snapshot());
        assertEquals(from, view.lab().timeline().get(view.lab().timeline().size() - 1).iteration(), "the moments after it are dropped");
        assertTrue(view.noticeText().contains("Continuing from iteration " + from), view.noticeText());
    }
}
