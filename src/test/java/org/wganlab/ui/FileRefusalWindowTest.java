package org.wganlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wganlab.ui.FxWait.waitFor;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.wganlab.config.DataSpec;
import org.wganlab.config.RunSpec;

/** Every file the window opens, given bad files: a dialog that says why and "Nothing was changed.", the run as it was, no trace. */
class FileRefusalWindowTest extends WindowTest {
    @TempDir
    Path dir;

    private Map<String, byte[]> badFiles() {
        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("empty", new byte[0]);
        bad.put("binary", new byte[] {0, (byte) 0xff, 0x13, 0x37, (byte) 0xc3, 0x28});
        bad.put("deep", ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8));
        bad.put("cut-off", "{\"mode\": \"gp\", \"hidden\": ".getBytes(StandardCharsets.UTF_8));
        bad.put("wrong-types", "{\"mode\": 3, \"hidden\": \"wide\"}".getBytes(StandardCharsets.UTF_8));
        bad.put("huge-number", "{\"hidden\": 1e400, \"lr\": NaN}\n1,1e999\n".getBytes(StandardCharsets.UTF_8));
        bad.put("one-column", "1\n2\n3\n".getBytes(StandardCharsets.UTF_8));
        return bad;
    }

    private void refusesEach(FxRobot robot, String what, BiConsumer<MainView, Path> open) throws Exception {
        RunSpec before = view.lab().spec();
        long run = view.lab().state().run();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (Map.Entry<String, byte[]> bad : badFiles().entrySet()) {
                Path file = Files.write(dir.resolve(what + "-" + bad.getKey() + ".file"), bad.getValue());
                robot.interact(() -> open.accept(view, file));
                waitFor(what + " " + bad.getKey() + " refused", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
                DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
                String text = pane.getContentText();
                assertTrue(text.endsWith("Nothing was changed."), what + " " + bad.getKey() + ": " + text);
                assertFalse(text.contains("Exception"), what + " " + bad.getKey() + ": " + text);
                robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
                waitFor("the dialog closed", () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
                assertEquals(before, view.lab().spec(), what + " " + bad.getKey());
                assertEquals(run, view.lab().state().run(), "the same run");
            }
        } finally {
            System.setErr(err);
        }
        assertFalse(captured.toString(StandardCharsets.UTF_8).contains("Exception"), "no trace on the console: " + captured);
    }

    @Test
    void badSetupsAreRefused(FxRobot robot) throws Exception {
        refusesEach(robot, "setup", (v, f) -> v.menus().loadSetup(f));
    }

    @Test
    void badPointsAreRefused(FxRobot robot) throws Exception {
        refusesEach(robot, "points", (v, f) -> v.menus().loadPoints(f));
    }

    @Test
    void badSessionsAndLessonsAreRefused(FxRobot robot) throws Exception {
        refusesEach(robot, "session", (v, f) -> v.menus().openSession(f));
        refusesEach(robot, "lesson", (v, f) -> v.menus().openLessonFile(f, l -> {
            throw new AssertionError("a bad lesson was opened");
        }));
    }

    @Test
    void modesAreFittedToLoadedPointsAndBadCountsRefused(FxRobot robot) throws Exception {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 300; i++) csv.append(i % 3 - 1 + 0.03 * Math.sin(i)).append(',').append(0.03 * Math.cos(i * 1.3)).append('\n');
        Path points = Files.writeString(dir.resolve("three.csv"), csv);
        robot.interact(() -> view.menus().loadPoints(points));
        waitFor("the points", () -> view.lab().spec().data() instanceof DataSpec.Points);
        robot.interact(() -> view.menus().fitPointModes("3"));
        var data = (DataSpec.Points) view.lab().spec().data();
        assertEquals(3, data.points().fittedModes());
        waitFor("the run measures three modes", () -> snap().distribution().modes().size() == 3);
        RunSpec before = view.lab().spec();
        for (String bad : new String[] {"three", "26", "-1"}) {
            robot.interact(() -> view.menus().fitPointModes(bad));
            waitFor("refused " + bad, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertTrue(pane.getContentText().endsWith("Nothing was changed."), pane.getContentText());
            robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
            waitFor("closed", () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
            assertEquals(before, view.lab().spec());
        }
    }
}
