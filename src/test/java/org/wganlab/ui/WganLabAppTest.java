package org.wganlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wganlab.ui.FxWait.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wganlab.autodiff.Node;
import org.wganlab.config.Method;
import org.wganlab.config.OptimizerKind;
import org.wganlab.data.GaussianMixture;
import org.wganlab.export.Format;
import org.wganlab.figures.ChartFigure;
import org.wganlab.nn.Mlp;
import org.wganlab.train.Presets;
import org.wganlab.train.Snapshot;
import org.wganlab.train.TrainEvent;

/** The window driven as a teacher drives it, headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class WganLabAppTest {
    private MainView view;

    @Start
    void start(Stage stage) {
        view = new MainView(stage, Presets.defaultSpec());
        Scene scene = new Scene(view.root(), 1280, 800);
        view.install(scene);
        stage.setScene(scene);
        stage.setTitle("WGAN Lab");
        stage.show();
    }

    @AfterEach
    void stop() {
        view.shutdown();
    }

    private Snapshot snap() {
        return view.lab().state().snapshot();
    }

    private static float[] flat(Mlp m) {
        float[] out = new float[m.parameterCount()];
        int k = 0;
        for (Node p : m.parameters()) for (float v : p.value.data) out[k++] = v;
        return out;
    }

    /** Screen point of a data point on the plane. */
    private Point2D screenOf(double x, double y) {
        var geo = view.planeGeometry();
        return view.planePane().localToScreen(geo.px(x), geo.py(y));
    }

    @Test
    void opensWithTheDefaultPresetOneClickFromTraining(FxRobot robot) {
        ToggleButton gp = robot.lookup("#method-gp").queryAs(ToggleButton.class);
        assertTrue(gp.isSelected());
        assertEquals("8gaussians", snap().spec().data().id());
        assertEquals(Method.GP, snap().spec().method());
        assertEquals(0, snap().iteration());
        assertFalse(view.lab().state().playing());
        assertTrue(robot.lookup("#play").tryQuery().isPresent());
    }

    @Test
    void playAdvancesTheIterationCount(FxRobot robot) throws Exception {
        robot.clickOn("#play");
        waitFor("iterations to advance", () -> snap().iteration() > 5);
        waitFor("the plane to redraw", () -> view.planeRedraws() > 3);
    }

    @Test
    void aMethodSwitchMidTrainingIsAppliedAndMarked(FxRobot robot) throws Exception {
        robot.clickOn("#play");
        waitFor("training to start", () -> snap().iteration() > 3);
        robot.clickOn("#method-clip");
        waitFor("the switch to land", () -> snap().spec().method() == Method.CLIP);
        TrainEvent e = snap().events().get(snap().events().size() - 1);
        assertTrue(e.description().contains("gp → clip"), e.description());
        assertTrue(e.iteration() > 0);
        ChartFigure wasserstein = (ChartFigure) view.figures().get(1);
        waitFor("the switch to be marked on the Wasserstein chart", () -> {
            var markers = wasserstein.chart().getXYPlot().getDomainMarkers(Layer.FOREGROUND);
            return markers != null && !markers.isEmpty();
        });
        waitFor("clipped weights", () -> snap().last() != null && snap().last().clipFraction() > 0);
    }

    @Test
    void stepCriticChangesTheCriticAndNotTheGenerator(FxRobot robot) throws Exception {
        Snapshot before = snap();
        robot.clickOn("#step-critic");
        waitFor("one critic step", () -> snap().criticSteps() == before.criticSteps() + 1);
        Snapshot after = snap();
        assertArrayEquals(flat(before.generator()), flat(after.generator()));
        assertFalse(Arrays.equals(flat(before.critic()), flat(after.critic())));
        assertEquals(before.iteration(), after.iteration());
    }

    @Test
    void theMixtureEditorAddsMovesAndDeletesAComponent(FxRobot robot) throws Exception {
        robot.clickOn("#view-plane");
        robot.type(KeyCode.E);
        waitFor("edit mode", () -> view.plane().options().editing());
        robot.clickOn(screenOf(0.5, -2.2));
        waitFor("a ninth component", () -> snap().distribution() instanceof GaussianMixture g && g.components().size() == 9);
        GaussianMixture added = (GaussianMixture) snap().distribution();
        assertEquals(0.5, added.components().get(8).mx(), 0.1);
        assertEquals(-2.2, added.components().get(8).my(), 0.1);

        robot.drag(screenOf(0.5, -2.2), MouseButton.PRIMARY).moveTo(screenOf(-2.0, -2.0)).release(MouseButton.PRIMARY);
        waitFor("the component to move", () -> {
            GaussianMixture g = (GaussianMixture) snap().distribution();
            return Math.abs(g.components().get(8).mx() + 2.0) < 0.1 && Math.abs(g.components().get(8).my() + 2.0) < 0.1;
        });
        assertTrue(snap().events().stream().anyMatch(ev -> ev.description().contains("mixture")), "the edit is recorded");

        robot.moveTo(screenOf(-2.0, -2.0)).clickOn(MouseButton.SECONDARY);
        waitFor("the component to go", () -> ((GaussianMixture) snap().distribution()).components().size() == 8);
        assertEquals("mixture", view.desired().data().id());
    }

    @Test
    void aBadFieldValueIsRefusedWithAMessage(FxRobot robot) throws Exception {
        robot.doubleClickOn("#field-lambda").eraseText(8).write("abc").type(KeyCode.ENTER);
        waitFor("a message", () -> view.noticeText().contains("not a number"));
        assertEquals(0.1, view.desired().lambda(), 1e-12);
        robot.doubleClickOn("#field-lambda").eraseText(8).write("-3").type(KeyCode.ENTER);
        waitFor("a range message", () -> view.noticeText().contains("out of range"));
        assertEquals(0.1, view.desired().lambda(), 1e-12);
        robot.doubleClickOn("#field-lambda").eraseText(8).write("10").type(KeyCode.ENTER);
        waitFor("a good value to land", () -> snap().spec().lambda() == 10.0);
    }

    @Test
    void exportingWhileTrainingWritesTheFileAndTrainingGoesOn(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("#play");
        waitFor("training", () -> snap().iteration() > 3);
        Path png = dir.resolve("dashboard.png"), svg = dir.resolve("dashboard.svg");
        var pngDone = WaitForAsyncUtils.asyncFx(() -> view.exportShown("dashboard", Format.PNG, png, 1)).get(10, TimeUnit.SECONDS);
        var svgDone = WaitForAsyncUtils.asyncFx(() -> view.exportShown("dashboard", Format.SVG, svg, 1)).get(10, TimeUnit.SECONDS);
        assertEquals(png, pngDone.get(60, TimeUnit.SECONDS));
        assertEquals(svg, svgDone.get(60, TimeUnit.SECONDS));
        assertTrue(Files.size(png) > 10_000);
        Path pdf = dir.resolve("composite.pdf");
        var compositeDone = WaitForAsyncUtils.asyncFx(() -> view.exportCompositeShown(List.of("plane", "weights"), Format.PDF, pdf))
                .get(10, TimeUnit.SECONDS);
        assertEquals(pdf, compositeDone.get(60, TimeUnit.SECONDS));
        assertTrue(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        int at = snap().iteration();
        waitFor("training to go on", () -> snap().iteration() > at + 3);
        waitFor("a message", () -> view.noticeText().startsWith("Wrote"));
    }

    @Test
    void divergencePausesSaysWhatHappenedAndResetRecovers(FxRobot robot) throws Exception {
        var wild = view.desired().withMethod(Method.NONE);
        view.lab().change(s -> wild.withOptimizer(wild.optimizer().withKind(OptimizerKind.SGD).withLr(10.0)));
        robot.clickOn("#play");
        waitFor("the divergence", () -> view.lab().state().problem() != null);
        assertFalse(view.lab().state().playing(), "training paused");
        waitFor("the banner", () -> robot.lookup("#banner").query().isVisible());
        assertTrue(Messages.describe(view.lab().state().problem(), view.words()).contains("diverged"), String.valueOf(view.lab().state().problem()));
        robot.clickOn("#banner-reset");
        waitFor("a fresh start", () -> view.lab().state().problem() == null && snap().iteration() == 0);
        waitFor("the banner to go", () -> !robot.lookup("#banner").query().isVisible());
    }
}
