package org.wganlab.ui;

import java.util.List;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.wganlab.i18n.Words;
import org.wganlab.lesson.Claim;
import org.wganlab.lesson.ClaimResult;
import org.wganlab.notation.MathText;

/**
 * One claim of a lesson step in the panel: a mark, the claim in the seeds' notation (typeset
 * once, when the step is shown) and its live value. Each published state changes only the
 * mark, the value and their colour, so the panel never typesets on a frame.
 */
final class ClaimLine {
    private static final String[] STATES = {"claim-pending", "claim-holds", "claim-not-yet"};
    /** Where the claim goes in the window's sentence for it ("✓ %s   (%s)"): the words before and after it are the mark and the value. */
    private static final String SLOT = "\u0000";
    private final Words words;
    private final Label label = new Label();
    private final Text mark = new Text(), value = new Text();

    ClaimLine(Claim claim, Font font, Paint fill, Words words) {
        this.words = words;
        MathText math = MathText.parse(claim.notation());
        label.getStyleClass().add("lesson-claim");
        label.setText(claim.text());
        label.setTooltip(new Tooltip(claim.quantity() + ": " + claim.quantity().kind().definition()));
        for (Text t : List.of(mark, value)) {
            t.setFont(font);
            t.getStyleClass().add("claim-state");
        }
        TextFlow flow = new TextFlow(mark);
        flow.getChildren().addAll(MathLabels.nodes(math, font, fill));
        flow.getChildren().add(value);
        label.setGraphic(flow);
        label.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        show(null);
    }

    Label label() {
        return label;
    }

    /** The claim as read on the latest state (null or NaN: not measured yet). */
    void show(ClaimResult r) {
        String key, state, reached;
        if (r == null || Double.isNaN(r.value())) {
            key = "claim.pending";
            state = STATES[0];
            reached = "";
        } else {
            key = r.holds() ? "claim.holds" : "claim.notYet";
            state = r.holds() ? STATES[1] : STATES[2];
            reached = r.valueText();
        }
        String[] around = words.format(key, SLOT, reached).split(SLOT, 2);
        mark.setText(around[0]);
        value.setText(around.length > 1 ? around[1] : "");
        for (Text t : List.of(mark, value)) {
            t.getStyleClass().removeAll(STATES);
            t.getStyleClass().add(state);
        }
        label.getStyleClass().removeAll(STATES);
        label.getStyleClass().add(state);
    }
}
