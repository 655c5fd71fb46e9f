package org.wganlab.ui;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.wganlab.config.Method;
import org.wganlab.lab.LabController;

/** The window's one-key shortcuts (H lists them); they act unless a text field has focus. */
final class KeyShortcuts {
    private final Stage stage;
    private final ControlPanel controls;
    private final LabController lab;
    private final Node help;
    private final StoryBar stories;
    private final TimelineBar timeline;
    private final Runnable togglePresentation;
    private final Consumer<Method> selectMethod;

    KeyShortcuts(Stage stage, ControlPanel controls, LabController lab, Node help, StoryBar stories, TimelineBar timeline,
            Runnable togglePresentation, Consumer<Method> selectMethod) {
        this.stage = stage;
        this.controls = controls;
        this.lab = lab;
        this.help = help;
        this.stories = stories;
        this.timeline = timeline;
        this.togglePresentation = togglePresentation;
        this.selectMethod = selectMethod;
    }

    void handle(KeyEvent e) {
        Node focus = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        if (focus instanceof TextInputControl) {
            return;
        }
        if (e.isShortcutDown() || e.isAltDown()) return;
        KeyCode k = e.getCode();
        switch (k) {
            case SPACE -> lab.togglePlay();
            case C -> lab.stepCritic();
            case G -> lab.stepGenerator();
            case R -> lab.reset();
            case P -> togglePresentation.run();
            case E -> controls.toggleEditData();
            case H, F1 -> help.setVisible(!help.isVisible());
            case N -> stories.next();
            case OPEN_BRACKET, LEFT -> timeline.step(-1);
            case CLOSE_BRACKET, RIGHT -> timeline.step(1);
            case ESCAPE -> help.setVisible(false);
            case DIGIT1, DIGIT2, DIGIT3, DIGIT4, DIGIT5 -> selectMethod.accept(Method.values()[k.ordinal() - KeyCode.DIGIT1.ordinal()]);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
