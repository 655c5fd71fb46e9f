package org.wganlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wganlab.ui.FxWait.waitFor;

import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.wganlab.config.Method;
import org.wganlab.lesson.HandoutTest;
import org.wganlab.lesson.Lesson;
import org.wganlab.lesson.LessonJson;
import org.wganlab.lesson.Lessons;

/** A lesson given in the window at 1280x720: Next, Back, the scheduled switch and the step's pause. */
class LessonWindowTest extends WindowTest {

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aLessonIsGivenStepByStep(FxRobot robot) throws Exception {
        Lesson lesson = LessonJson.read(HandoutTest.MINI, "mini");
        robot.interact(() -> view.lessonPanel().open(lesson));
        assertTrue(text(robot, "#lesson-heading").contains("step 1 of 2: Penalty first"), text(robot, "#lesson-heading"));
        assertTrue(robot.lookup("#lesson-back").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#show-transport").queryAs(CheckBox.class).isSelected(), "the step's overlays are switched on");
        Bounds panel = robot.lookup("#lesson-panel").queryAs(Node.class).localToScene(robot.lookup("#lesson-panel").queryAs(Node.class).getBoundsInLocal());
        assertTrue(panel.getMaxY() < 260 && panel.getMaxX() <= 1280, "the lesson sits at the top, on screen: " + panel);

        waitFor("the step's switch and its pause", 30, () -> !view.lab().state().playing() && snap().iteration() >= 24
                && snap().spec().method() == Method.CLIP);
        assertTrue(snap().events().get(0).description().contains("gp → clip"), snap().events().toString());
        assertEquals(Method.CLIP, view.lab().spec().method(), "the controls follow the lesson's switch");
        int paused = snap().iteration();
        assertEquals(24, paused, "the step ends exactly at its iterations");
        assertEquals(12, snap().events().get(0).iteration(), "the switch lands exactly at its iteration");
        // The claims typeset ($W_1 \geq 0$, not "W1 >= 0"), each with a mark that says how it stands.
        var claims = robot.lookup("#lesson-claims").queryAs(javafx.scene.layout.FlowPane.class).getChildren();
        assertEquals(2, claims.size());
        for (Node n : claims) {
            Label l = (Label) n;
            var parts = ((javafx.scene.text.TextFlow) l.getGraphic()).getChildren();
            assertTrue(parts.stream().anyMatch(p -> p instanceof javafx.scene.image.ImageView), "a typeset formula in " + l.getText());
            assertFalse(parts.stream().anyMatch(p -> p instanceof javafx.scene.text.Text t && t.getText().contains("W1")), l.getText());
            String mark = ((javafx.scene.text.Text) parts.get(0)).getText();
            String state = l.getStyleClass().stream().filter(c -> c.startsWith("claim-")).findFirst().orElse("");
            assertEquals(switch (state) { case "claim-holds" -> "✓"; case "claim-not-yet" -> "✗"; default -> "○"; }, mark.strip(), state);
        }

        robot.clickOn("#lesson-next");
        assertTrue(text(robot, "#lesson-heading").contains("step 2 of 2"));
        assertTrue(robot.lookup("#lesson-next").queryAs(Button.class).isDisabled());
        waitFor("the continuing step to run on", 30, () -> !view.lab().state().playing() && snap().iteration() == paused + 6
                && view.lab().state().criticBurst() == 0,
                () -> "playing " + view.lab().state().playing() + ", iteration " + snap().iteration() + ", critic burst "
                        + view.lab().state().criticBurst() + ", run " + view.lab().state().run() + ", events " + snap().events());
        assertEquals(Method.CLIP, snap().spec().method(), "a continuing step keeps the run");

        long run = view.lab().state().run();
        robot.clickOn("#lesson-back");
        // Step 1 again: a new run from its seed, its switch at 12 once more, its pause at 24.
        waitFor("step 1's run again from its seed", 30, () -> view.lab().state().run() > run && !view.lab().state().playing()
                && snap().iteration() == 24 && snap().events().size() == 1 && snap().spec().method() == Method.CLIP);
        assertTrue(text(robot, "#lesson-heading").contains("step 1 of 2"));
        robot.clickOn("#lesson-close");
        assertFalse(robot.lookup("#lesson-panel").queryAs(Node.class).isVisible());
    }

    /** The font sizes of the step text's words, as the flow of words and formulas shows them. */
    private static java.util.Set<Double> wordSizes(FxRobot robot) {
        Label l = robot.lookup("#lesson-text").queryAs(Label.class);
        var flow = (javafx.scene.text.TextFlow) l.getGraphic();
        java.util.Set<Double> sizes = new java.util.TreeSet<>();
        for (Node n : flow.getChildren()) if (n instanceof javafx.scene.text.Text t && !t.getText().isBlank()) sizes.add(t.getFont().getSize());
        return sizes;
    }

    @Test
    void presentationModeSetsTheStepsWordsAndFormulasLarger(FxRobot robot) throws Exception {
        robot.interact(() -> view.lessonPanel().open(Lessons.shipped("05-gradient-penalty")));
        double small = robot.lookup("#lesson-text").queryAs(Label.class).getFont().getSize();
        assertEquals(java.util.Set.of(small), wordSizes(robot), "the words at the label's size");
        double formulaHeight = ((javafx.scene.image.ImageView) ((javafx.scene.text.TextFlow) robot.lookup("#lesson-text").queryAs(Label.class).getGraphic())
                .getChildren().stream().filter(n -> n instanceof javafx.scene.image.ImageView).findFirst().orElseThrow()).getFitHeight();
        robot.interact(() -> view.setPresentation(true));
        waitFor("presentation mode's larger font", () -> robot.lookup("#lesson-text").queryAs(Label.class).getFont().getSize() > small);
        double large = robot.lookup("#lesson-text").queryAs(Label.class).getFont().getSize();
        assertEquals(java.util.Set.of(large), wordSizes(robot), "the words follow the label's font, not the size they were first set at");
        double formulaNow = ((javafx.scene.image.ImageView) ((javafx.scene.text.TextFlow) robot.lookup("#lesson-text").queryAs(Label.class).getGraphic())
                .getChildren().stream().filter(n -> n instanceof javafx.scene.image.ImageView).findFirst().orElseThrow()).getFitHeight();
        assertTrue(formulaNow > formulaHeight * 1.2, "the formula typeset larger too: " + formulaHeight + " then " + formulaNow);
        // The timeline's buttons still fit beside the lesson: none runs under the charts beside it.
        javafx.scene.layout.Region bar = robot.lookup("#timeline").queryAs(javafx.scene.layout.Region.class);
        javafx.scene.layout.Region column = (javafx.scene.layout.Region) bar.getParent();
        assertTrue(bar.getWidth() <= column.getWidth() + 0.5, "the timeline bar is " + bar.getWidth() + " wide in a column of " + column.getWidth());
        robot.interact(() -> view.setPresentation(false));
    }

    @Test
    void everyShippedLessonOpensFromTheLessonMenu(FxRobot robot) throws Exception {
        robot.clickOn("#menu-lesson");
        robot.clickOn(Lessons.shipped("04-weight-clipping").title());
        assertTrue(text(robot, "#lesson-heading").startsWith("4. WGAN with weight clipping"));
        waitFor("the step's run", () -> snap().spec().method() == Method.CLIP);
        assertTrue(text(robot, "#lesson-watch").contains("piles up at \\pm c"), text(robot, "#lesson-watch"));
        // The bound is typeset (±c as a formula), not written +-c.
        javafx.scene.Node watch = robot.lookup("#lesson-watch").queryAs(Label.class).getGraphic();
        assertTrue(watch instanceof javafx.scene.text.TextFlow flow && flow.getChildren().stream().anyMatch(n -> n instanceof javafx.scene.image.ImageView),
                "the watch line's formula is an image in its flow: " + watch);
    }

    @Test
    void anArabicLessonReadsFromTheRightAndAnEnglishOneFromTheLeft(FxRobot robot) throws Exception {
        String arabic = """
                {"format": "wgan-lab-lesson", "version": 1, "title": "مرحبا بالشبكات التوليدية", "steps": [
                 {"title": "الخطوة الأولى", "text": "المسافة بين التوزيعين تتناقص مع التدريب، و $\\\\lambda = 10$.",
                  "start": {"settings": {"mode": "gp", "hidden": 16, "batch": 64}}, "iterations": 0}]}
                """;
        robot.interact(() -> view.lessonPanel().open(LessonJson.read(arabic, "arabic")));
        Label text = robot.lookup("#lesson-text").queryAs(Label.class);
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, text.getEffectiveNodeOrientation());
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, robot.lookup("#lesson-heading").queryAs(Label.class).getEffectiveNodeOrientation(),
                "the heading is the window's words, in the window's direction");

        robot.interact(() -> view.lessonPanel().open(LessonJson.read(HandoutTest.MINI, "mini")));
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, robot.lookup("#lesson-text").queryAs(Label.class).getEffectiveNodeOrientation());
        robot.clickOn("#lesson-close");
    }
}
