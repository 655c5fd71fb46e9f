package org.wganlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wganlab.notation.MathText;

/** A lesson's formulas in the flow of its words: on the words' baseline, with room for what hangs below. */
@ExtendWith(ApplicationExtension.class)
class MathLabelsTest {
    private Pane root;

    @Start
    void start(Stage stage) {
        root = new Pane();
        stage.setScene(new Scene(root, 900, 300));
        stage.show();
    }

    private List<Node> laidOut(FxRobot robot, String text) {
        TextFlow[] flow = new TextFlow[1];
        robot.interact(() -> {
            flow[0] = new TextFlow();
            flow[0].getChildren().setAll(MathLabels.nodes(MathText.parse(text), Font.font("System", 14), Color.BLACK));
            flow[0].setPrefWidth(880);
            root.getChildren().setAll(flow[0]);
            root.layout();
            flow[0].layout();
        });
        return flow[0].getChildren();
    }

    @Test
    void aDisplayFormulasLimitsDoNotRunIntoTheNextLine(FxRobot robot) {
        List<Node> nodes = laidOut(robot, "Before $$W(p_r, p_g) = \\inf_{\\gamma \\in \\Pi(p_r, p_g)} \\mathbb{E}_{(x, y) \\sim \\gamma}[\\|x - y\\|]$$ over the couplings.");
        Node formula = nodes.stream().filter(n -> n instanceof MathLabels.Formula).findFirst().orElseThrow();
        Text after = (Text) nodes.get(nodes.size() - 1);
        assertEquals(" over the couplings.".strip(), after.getText().strip());
        Bounds f = formula.getBoundsInParent(), a = after.getBoundsInParent();
        assertTrue(a.getMinY() >= f.getMaxY() - 1, "the words after start below the formula's limits: formula to " + f.getMaxY() + ", words from " + a.getMinY());
        Text before = (Text) nodes.get(0);
        assertTrue(f.getMinY() >= before.getBoundsInParent().getMaxY() - 1, "the formula starts below the words before it");
    }

    @Test
    void anInlineFormulaSitsOnTheWordsBaseline(FxRobot robot) {
        List<Node> nodes = laidOut(robot, "the penalty $\\lambda \\|\\nabla C\\|$ at x");
        MathLabels.Formula formula = (MathLabels.Formula) nodes.get(1);
        Text words = (Text) nodes.get(0);
        // The text's baseline and the formula's own, in the flow's coordinates.
        double textBaseline = words.getBoundsInParent().getMinY() + words.getBaselineOffset();
        double formulaBaseline = formula.getBoundsInParent().getMinY() + formula.getBaselineOffset();
        assertEquals(textBaseline, formulaBaseline, 1.0);
        assertTrue(formula.getBoundsInParent().getMaxY() > textBaseline + 1, "the ‖ reaches below the baseline, as it does in print");
    }
}
