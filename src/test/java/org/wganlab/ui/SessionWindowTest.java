package org.wganlab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wganlab.ui.FxWait.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.wganlab.config.DataSpec;
import org.wganlab.config.Method;
import org.wganlab.train.Snapshot;

/** File > Save session and Open session, as a teacher uses them between two lectures. */
class SessionWindowTest extends WindowTest {
    @TempDir
    Path dir;

    private static float[] weights(Snapshot s) {
        return s.critic().parameters().get(0).value.data.clone();
    }

    @Test
    void aSavedSessionOpensExactlyWhereItWasSaved(FxRobot robot) throws Exception {
        robot.clickOn("#play");
        waitFor("some training", 30, () -> snap().iteration() > 40);
        robot.clickOn("#play");
        waitFor("the pause", () -> !view.lab().state().playing());
        robot.interact(() -> view.lab().selectMethod(Method.CLIP));
        robot.clickOn("#play");
        waitFor("training after the switch", 30, () -> snap().iteration() > 60);
        robot.clickOn("#play");
        waitFor("the pause", () -> !view.lab().state().playing());
        Snapshot saved = snap();
        Path file = dir.resolve("lecture");
        robot.interact(() -> view.menus().saveSession(file));
        Path written = dir.resolve("lecture.wgan");
        waitFor("the session file", () -> Files.exists(written) && view.messages().noticeText().contains("Saved the session"));

        robot.clickOn("#play");
        waitFor("more training", 30, () -> snap().iteration() > saved.iteration() + 20);
        robot.interact(() -> view.lab().selectMethod(Method.GP));
        robot.interact(() -> view.menus().openSession(written));
        // The notice follows the snapshot on the FX thread: wait for both, not the snapshot alone.
        waitFor("the session to open, paused", () -> snap().iteration() == saved.iteration() && !view.lab().state().playing()
                && view.messages().noticeText().contains("paused"));
        assertArrayEquals(weights(saved), weights(snap()));
        assertEquals(Method.CLIP, view.lab().spec().method(), "the controls show the session's settings");
        assertEquals(saved.events(), snap().events());
    }

    @Test
    void yourOwnPointsLoadFromACsvFile(FxRobot robot) throws Exception {
        Path csv = Files.writeString(dir.resolve("mine.csv"), "x,y\n1,1\n-1,-1\n1,-1\n-1,1\n");
        robot.interact(() -> view.menus().loadPoints(csv));
        waitFor("the run on the points", () -> snap().spec().data() instanceof DataSpec.Points);
        assertEquals("points", robot.lookup("#dataset").queryAs(ChoiceBox.class).getValue());
        assertTrue(snap().events().get(0).description().contains("points"), snap().events().toString());
        Path bad = Files.writeString(dir.resolve("bad.csv"), "1,1\nnot,numbers\n");
        robot.interact(() -> view.menus().loadPoints(bad));
        waitFor("the refusal", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertTrue(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText().contains("line 2"));
        assertTrue(view.lab().spec().data() instanceof DataSpec.Points, "nothing changed");
    }

    @Test
    void aDamagedSessionIsRefusedAndNothingChanges(FxRobot robot) throws Exception {
        robot.clickOn("#play");
        waitFor("some training", 30, () -> snap().iteration() > 20);
        robot.clickOn("#play");
        waitFor("the pause", () -> !view.lab().state().playing());
        int before = snap().iteration();
        Path bad = Files.write(dir.resolve("bad.wgan"), new byte[] {'P', 'K', 3, 4, 1, 2});
        robot.interact(() -> view.menus().openSession(bad));
        waitFor("the refusal", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains("Nothing was changed"), pane.getContentText());
        assertTrue(pane.getContentText().contains("bad.wgan"), pane.getContentText());
        assertEquals(before, snap().iteration());
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        for (Window w : Window.getWindows()) assertTrue(w.isShowing());
    }
}
