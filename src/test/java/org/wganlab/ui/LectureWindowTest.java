package org.wganlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wganlab.ui.FxWait.waitFor;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.wganlab.figures.ChartFigure;
import org.wganlab.train.Presets;
import org.wganlab.train.Snapshot;

/** The window at a classroom projector's 1280x720, driven as in a lecture. */
class LectureWindowTest extends WindowTest {

    /** Visible itself and every parent up: what the screen shows. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return n.getScene() != null;
    }

    private static Bounds inScene(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return n.localToScene(n.getBoundsInLocal());
    }

    @Test
    void theStoriesAreAtTheTopAndVisibleWithoutScrolling(FxRobot robot) {
        Bounds box = inScene(robot, "#presets");
        assertTrue(robot.lookup("#presets").query().isVisible());
        assertTrue(box.getMaxY() < 100, "the story box sits under the menu bar: " + box);
        assertTrue(inScene(robot, "#next-story").getMaxX() < 1280, "Next is on screen");
    }

    @Test
    void aNewStoryStartsEveryViewAfresh(FxRobot robot) throws Exception {
        robot.clickOn("#play");
        waitFor("a long run with an evaluation", 30, () -> snap().iteration() > 250 && !snap().evals().isEmpty());
        ChartFigure wasserstein = (ChartFigure) view.figures().get(1);
        waitFor("the chart to show the run", () -> wasserstein.chart().getXYPlot().getDomainAxis().getUpperBound() > 200);
        Presets.Preset story = Presets.all().get(1);
        @SuppressWarnings("unchecked")
        ComboBox<Presets.Preset> box = robot.lookup("#presets").queryAs(ComboBox.class);
        robot.interact(() -> box.getSelectionModel().select(story));
        waitFor("the story's run", () -> snap().spec().equals(story.spec()) && snap().iteration() == 0);
        Snapshot s = snap();
        assertTrue(s.evals().isEmpty() && s.events().isEmpty() && s.history().size() == 0, "nothing of the old run in the snapshot");
        waitFor("the charts to start afresh", () -> wasserstein.chart().getXYPlot().getDomainAxis().getUpperBound() < 100);
        Label status = robot.lookup("#status").queryAs(Label.class);
        waitFor("the status line to start afresh", () -> status.getText().contains("W1 –") && status.getText().contains("critic – ms/step"));
        assertTrue(robot.lookup("#story-text").queryAs(Label.class).getText().contains(story.story()));
    }

    @Test
    void theFormulaPanelTypesetsTheLossAndRetypesetsItForAnotherMethod(FxRobot robot) throws Exception {
        robot.clickOn("#play");
        waitFor("a few iterations", () -> snap().iteration() > 3);
        robot.clickOn("#play");
        waitFor("the pause", () -> !view.lab().state().playing());
        VBox panel = robot.lookup("#formula").queryAs(VBox.class);
        ImageView[] gp = new ImageView[1];
        waitFor("the penalised loss typeset", () -> (gp[0] = firstFormula(panel)) != null && gp[0].getFitWidth() > 150);
        Text values = robot.lookup("#formula-critic").queryAs(Text.class);
        waitFor("its live values beside it", () -> values.getText().contains(String.format(java.util.Locale.ROOT, "%.4f", snap().last().criticLoss())));
        robot.clickOn("#method-clip");
        waitFor("the clipped loss typeset anew, shorter: no penalty term", () -> {
            ImageView now = firstFormula(panel);
            return now != null && now != gp[0] && now.getFitWidth() < gp[0].getFitWidth();
        });
    }

    private static ImageView firstFormula(VBox panel) {
        for (Node row : panel.getChildren()) {
            if (row instanceof TextFlow f && !f.getChildren().isEmpty() && f.getChildren().get(0) instanceof ImageView v) return v;
        }
        return null;
    }

    @Test
    void stepGUpdatesTheGeneratorLoss(FxRobot robot) throws Exception {
        robot.clickOn("#play");
        waitFor("the warm-up notice", () -> view.noticeText().startsWith("Warming up"));
        waitFor("a few iterations", () -> snap().iteration() > 3);
        robot.clickOn("#play");
        waitFor("the pause", () -> !view.lab().state().playing());
        double before = snap().last().generatorLoss();
        int it = snap().iteration();
        robot.clickOn("#step-generator");
        waitFor("Step G's loss", () -> snap().last().generatorLoss() != before);
        assertEquals(it, snap().iteration(), "a lone generator step is not a generator iteration");
    }

    @Test
    void anExceptionOnTheFxThreadIsToldAndTheWindowStaysAlive(FxRobot robot) throws Exception {
        robot.interact(() -> Platform.runLater(() -> {
            throw new IllegalStateException("a handler failed");
        }));
        waitFor("the notice", () -> view.noticeText().contains("a handler failed"));
        robot.clickOn("#play");
        Label status = robot.lookup("#status").queryAs(Label.class);
        waitFor("the status line to go on", () -> snap().iteration() > 5 && status.getText().startsWith("iteration " + snap().iteration()));
        // What the class reads comes first: a projector's narrow window cuts the line's end, the timings.
        String line = status.getText();
        assertTrue(line.indexOf("modes") < line.indexOf("gen it/s") && line.indexOf("high quality") < line.indexOf("fps"), line);
        waitFor("the Pause label", () -> robot.lookup("#play").queryAs(Button.class).getText().contains("Pause"));
    }

    @Test
    void aNoticeFloatsOverTheViewsAndMovesNoControl(FxRobot robot) throws Exception {
        double playY = inScene(robot, "#play").getMinY();
        robot.doubleClickOn("#field-lambda").eraseText(8).write("abc").type(KeyCode.ENTER);
        waitFor("a message", () -> view.noticeText().contains("not a number"));
        assertEquals(playY, inScene(robot, "#play").getMinY(), 0.5);
    }

    @Test
    void presentationModeShowsWhatALectureNeedsOnOneScreenInLargeText(FxRobot robot) throws Exception {
        robot.clickOn("#view-plane").type(KeyCode.P);
        waitFor("presentation mode", () -> view.root().getStyleClass().contains("presentation"));
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#view-plane", "#play", "#step-critic", "#step-generator", "#reset", "#method-clip", "#method-gan",
                "#field-clip", "#field-lambda", "#presets", "#view-wasserstein", "#view-grad-norms", "#view-weights")) {
            Bounds b = inScene(robot, id);
            assertTrue(shown(robot.lookup(id).query()) && b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= 1280.5 && b.getMaxY() <= 720.5,
                    id + " is on the screen: " + b);
        }
        assertTrue(robot.lookup("#view-losses").tryQuery().map(n -> n.getScene() == null).orElse(true), "charts a lecture does not need are put away");
        assertFalse(shown(robot.lookup("#field-batch").query()), "so are the desk's settings");
        double font = ((Labeled) robot.lookup("#reset").query()).getFont().getSize();
        assertTrue(font >= 18, "text readable from the back of a room: " + font + " px");
        robot.type(KeyCode.P);
        waitFor("desk mode", () -> !view.root().getStyleClass().contains("presentation"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot.lookup("#field-batch").query()));
    }

    @Test
    void keyNStartsTheNextStoryAndTheSpeedSliderReachesWhatItsFieldTakes(FxRobot robot) throws Exception {
        robot.clickOn("#view-plane").type(KeyCode.N);
        waitFor("the first story", () -> Presets.all().get(0).equals(view.lab().preset()));
        robot.type(KeyCode.N);
        waitFor("the second story", () -> Presets.all().get(1).equals(view.lab().preset()));
        assertEquals(100, robot.lookup("#slider-speed").queryAs(Slider.class).getMax());
    }
}
