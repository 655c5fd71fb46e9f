package org.wganlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntPredicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wganlab.notation.MathText;

/**
 * A lesson's words that the machine's fonts lack are set in the bundled fallback: the test says
 * which characters "the machine" shows, since the machine running it may have a Chinese font.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenFallbackTest {
    /** A machine with Latin, Greek and symbols but no Chinese. */
    private static final IntPredicate NO_CHINESE = cp -> cp < 0x2E80;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
    }

    @Test
    void chineseWordsAreTheFallbacksAndTheRestTheLabelsFont() {
        Font font = Font.font("System", 15);
        List<Node> nodes = MathLabels.nodes(MathText.parse("Über 生成对抗网络 with $x^2$ λ"), font, Color.BLACK, NO_CHINESE);
        assertEquals(5, nodes.size(), "three runs of words, the formula and the words after it: " + nodes);
        Text before = (Text) nodes.get(0), chinese = (Text) nodes.get(1), after = (Text) nodes.get(2);
        assertEquals("Über ", before.getText());
        assertEquals(font, before.getFont());
        assertEquals("生成对抗网络", chinese.getText());
        assertEquals("Droid Sans Fallback", chinese.getFont().getFamily());
        assertEquals(15, chinese.getFont().getSize());
        assertEquals(" with ", after.getText());
        assertTrue(nodes.get(3) instanceof ImageView);
        assertEquals(font, ((Text) nodes.get(4)).getFont());
    }

    @Test
    void wordsTheMachineShowsAreOneTextInTheLabelsFont() {
        Font font = Font.font("System", 13);
        List<Node> nodes = MathLabels.nodes(MathText.parse("Über λ ‖∇C‖"), font, Color.BLACK, NO_CHINESE);
        assertEquals(1, nodes.size());
        assertEquals(font, ((Text) nodes.get(0)).getFont());
        assertEquals(Color.BLACK, ((Text) nodes.get(0)).getFill());
    }
}
