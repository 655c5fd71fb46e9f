package org.wganlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wganlab.ui.FxWait.waitFor;

import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.wganlab.config.RunSpec;
import org.wganlab.metrics.TransportPlan;
import org.wganlab.train.Presets;

/** The 8 + 8 step-through: drag a point, the optimal matching and W1 follow. */
class TransportStepThroughTest extends WindowTest {
    @Override
    protected RunSpec initialSpec() {
        return Presets.defaultSpec().withHidden(16);
    }

    /** The least mean distance over all 8! matchings, by brute force. */
    private static double bruteForce(TransportPlan p) {
        int n = p.size();
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        double best = Double.MAX_VALUE;
        do {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += Math.hypot(p.generated().get(i, 0) - p.real().get(perm[i], 0), p.generated().get(i, 1) - p.real().get(perm[i], 1));
            }
            best = Math.min(best, s / n);
        } while (nextPermutation(perm));
        return best;
    }

    private static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) i--;
        if (i < 0) return false;
        int j = a.length - 1;
        while (a[j] <= a[i]) j--;
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }

    @Test
    void draggingAPointMovesTheMatchingAndW1(FxRobot robot) throws Exception {
        TransportStepThrough[] steps = new TransportStepThrough[1];
        robot.interact(() -> {
            steps[0] = view.menus().transportStepThrough();
            steps[0].show();
        });
        TransportStepThrough s = steps[0];
        waitFor("the window", () -> s.stage().isShowing());
        double before = s.plan().w1();
        assertEquals(bruteForce(s.plan()), before, 1e-6, "the matching is the optimal one");
        assertTrue(s.w1.getText().startsWith(String.format(Locale.ROOT, "W1 = %.3f", before)), s.w1.getText());

        // Drag generated point 0 onto real point 3: its line shrinks to nothing, W1 falls.
        Point2D from = s.onScreen(true, 0), to = s.onScreen(false, 3);
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        waitFor("the new plan", () -> s.plan().w1() < before);
        TransportPlan after = s.plan();
        assertEquals(bruteForce(after), after.w1(), 1e-6);
        assertTrue(after.generated().get(0, 0) > 0, "the point moved to the right, where the real points are");
        assertTrue(s.w1.getText().startsWith(String.format(Locale.ROOT, "W1 = %.3f", after.w1())), s.w1.getText());
        robot.interact(() -> s.stage().close());
    }
}
