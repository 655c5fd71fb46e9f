package org.wganlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wganlab.ui.FxWait.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.wganlab.compare.RunPair;
import org.wganlab.compare.Side;
import org.wganlab.config.Method;

class CompareWindowTest extends WindowTest {
    private CompareWindow open(FxRobot robot) throws Exception {
        CompareWindow[] w = new CompareWindow[1];
        robot.interact(() -> w[0] = view.menus().openCompare());
        WaitForAsyncUtils.waitForFxEvents();
        return w[0];
    }

    private static int iteration(RunPair p, Side side) {
        return p.state(side).snapshot().iteration();
    }

    @Test
    void bothSidesTrainInStepWithOnePlayAndStep(FxRobot robot) throws Exception {
        CompareWindow w = open(robot);
        RunPair pair = w.pair();
        assertEquals(Method.GP, pair.state(Side.A).snapshot().spec().method());
        assertEquals(Method.CLIP, pair.state(Side.B).snapshot().spec().method());
        assertEquals(view.lab().spec().seed(), pair.state(Side.B).snapshot().spec().seed(), "the main window's setup, the same seed");
        robot.clickOn("#compare-play");
        waitFor("both sides past 20", () -> iteration(pair, Side.A) > 20 && iteration(pair, Side.B) > 20);
        robot.clickOn("#compare-play");
        waitFor("paused", () -> !pair.playing() && !pair.state(Side.A).playing() && !pair.state(Side.B).playing());
        int a = iteration(pair, Side.A), b = iteration(pair, Side.B);
        assertTrue(Math.abs(a - b) <= 2 * 5, "in step: " + a + " / " + b);
        robot.clickOn("#compare-step");
        int next = Math.max(a, b) + 1;
        waitFor("a step of both", () -> iteration(pair, Side.A) == next && iteration(pair, Side.B) == next && !pair.state(Side.A).playing());
        waitFor("the side lines", () -> w.sideA.getText().contains("iteration " + next) && w.sideB.getText().contains("iteration " + next));
        assertTrue(w.sideB.getText().startsWith("B: mode=clip"), w.sideB.getText());
        // The window sets the side lines and then the status in one frame: read here, off the
        // JavaFX thread, the status can still be the frame's before.
        waitFor("the status", () -> w.status.getText().startsWith("Paused at iteration " + next));
    }

    @Test
    void lookingBackTheNumbersUnderThePlanesAreTheMoments(FxRobot robot) throws Exception {
        CompareWindow w = open(robot);
        RunPair pair = w.pair();
        robot.clickOn("#compare-play");
        waitFor("both sides past 30", () -> iteration(pair, Side.A) > 30 && iteration(pair, Side.B) > 30);
        robot.clickOn("#compare-play");
        waitFor("paused", () -> !pair.playing() && !pair.state(Side.A).playing() && !pair.state(Side.B).playing());
        int live = iteration(pair, Side.A);
        for (int i = 0; i < 3; i++) robot.interact(() -> w.timelineBar.step(-1));
        int[] at = new int[1];
        robot.interact(() -> at[0] = w.timelineBar.looking().iteration());
        assertTrue(at[0] < live, at[0] + " before " + live);
        waitFor("both side lines at the moment", () -> w.sideA.getText().contains("iteration " + at[0] + " (looking back)")
                && w.sideB.getText().contains("iteration " + at[0] + " (looking back)"));
        assertTrue(!w.sideA.getText().contains("alone"), "no pace for a moment: " + w.sideA.getText());
        robot.interact(() -> w.timelineBar.goLive());
        waitFor("live again", () -> w.sideA.getText().contains("iteration " + live + " ·") && !w.sideA.getText().contains("looking back"));
    }

    @Test
    void aRefusedSideLeavesTheRunsAsTheyWere(FxRobot robot) throws Exception {
        CompareWindow w = open(robot);
        RunPair before = w.pair();
        for (String bad : new String[] {"lambda=-1", "seed=7", "hidden=2048,layers=4", "colour=red"}) {
            robot.interact(() -> {
                w.b.setText(bad);
                w.startFromFields();
            });
            assertTrue(w.notice.getText().startsWith("Not started: B"), bad + ": " + w.notice.getText());
            assertTrue(w.notice.getText().endsWith("The runs go on as they were."), w.notice.getText());
            assertTrue(w.pair() == before, "the same runs");
        }
        robot.interact(() -> {
            w.b.setText("mode=gp,lambda=10");
            w.startFromFields();
        });
        assertTrue(w.pair() != before && w.notice.getText().isEmpty());
        assertEquals(10, w.pair().state(Side.B).snapshot().spec().lambda());
    }

    @Test
    void theFigureExportsBothSides(FxRobot robot, @TempDir Path dir) throws Exception {
        CompareWindow w = open(robot);
        robot.clickOn("#compare-step");
        waitFor("a step", () -> iteration(w.pair(), Side.A) == 1 && iteration(w.pair(), Side.B) == 1);
        Path svg = dir.resolve("both.svg");
        robot.interact(() -> w.exportTo(svg));
        waitFor("the export", () -> w.notice.getText().startsWith("Exported"));
        String text = Files.readString(svg);
        assertTrue(text.contains("A: mode=gp · Critic") && text.contains("B: mode=clip · Critic"), "both planes labelled");
        robot.interact(() -> w.exportTo(dir.resolve("both.gif")));
        assertTrue(w.notice.getText().startsWith("Not exported: both.gif does not end in .png, .svg or .pdf"), w.notice.getText());
    }

    @Test
    void presentationModeShowsTheLecturesTwoChartsAndTheButtons(FxRobot robot) throws Exception {
        CompareWindow w = open(robot);
        var scene = w.stage().getScene();
        assertTrue(scene.lookup("#view-pair-lipschitz") != null && w.a.getParent().isVisible(), "the desk: four charts and the fields");
        robot.interact(() -> view.setPresentation(true));
        assertTrue(scene.lookup("#view-pair-lipschitz") == null && scene.lookup("#view-pair-weights") == null, "two charts on a projector");
        assertTrue(scene.lookup("#view-pair-wasserstein") != null && scene.lookup("#view-pair-grad-norms") != null);
        assertTrue(!w.a.getParent().isVisible() && scene.lookup("#compare-play").isVisible(), "the buttons, not the fields");
        assertTrue(scene.getRoot().getStyleClass().contains("presentation"));
        robot.interact(() -> view.setPresentation(false));
        assertTrue(scene.lookup("#view-pair-lipschitz") != null && w.a.getParent().isVisible(), "the desk again");
    }
}
