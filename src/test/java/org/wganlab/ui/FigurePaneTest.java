package org.wganlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wganlab.figures.Drawing;

/** A figure drawn through the shared pixel buffer reaches the screen, frame after frame, at every size. */
@ExtendWith(ApplicationExtension.class)
class FigurePaneTest {
    /** Left half red, right half a colour that changes with every draw. */
    private static final class Halves implements Drawing {
        volatile Color right = Color.BLUE;

        @Override
        public String title() {
            return "halves";
        }

        @Override
        public void draw(Graphics2D g, Rectangle2D area) {
            g.setColor(Color.RED);
            g.fill(new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth() / 2, area.getHeight()));
            g.setColor(right);
            g.fill(new Rectangle2D.Double(area.getX() + area.getWidth() / 2, area.getY(), area.getWidth() / 2, area.getHeight()));
        }
    }

    private final Halves figure = new Halves();
    private FigurePane pane;

    @Start
    void start(Stage stage) {
        pane = new FigurePane(figure, "halves", true);
        pane.setPrefSize(200, 100);
        stage.setScene(new Scene(new Pane(pane), 400, 200));
        stage.show();
    }

    private Image shown(FxRobot robot) {
        Image[] img = new Image[1];
        robot.interact(() -> {
            pane.redraw();
            img[0] = ((ImageView) pane.getChildrenUnmodifiable().get(0)).getImage();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return img[0];
    }

    @Test
    void eachRedrawIsWhatTheViewShows(FxRobot robot) {
        Image first = shown(robot);
        assertEquals(200, (int) first.getWidth());
        assertEquals(0xffff0000, first.getPixelReader().getArgb(10, 50));
        assertEquals(0xff0000ff, first.getPixelReader().getArgb(190, 50));
        figure.right = Color.GREEN;
        Image second = shown(robot);
        assertSame(first, second, "the same image, its pixels redrawn in place");
        assertEquals(0xff00ff00, second.getPixelReader().getArgb(190, 50));
        robot.interact(() -> pane.setPrefSize(300, 120));
        WaitForAsyncUtils.waitForFxEvents();
        Image wider = shown(robot);
        assertEquals(300, (int) wider.getWidth(), "a new buffer for the new size");
        assertEquals(120, (int) wider.getHeight());
        assertEquals(0xff00ff00, wider.getPixelReader().getArgb((int) wider.getWidth() - 5, 50));
    }

    @Test
    void theJava2DImageIsTheStandardPremultipliedType() {
        int[] px = new int[6];
        BufferedImage img = FigurePane.premultipliedArgb(px, 3, 2);
        assertEquals(BufferedImage.TYPE_INT_ARGB_PRE, img.getType(), "Java2D's own loops draw into it");
        img.setRGB(2, 1, 0x80ff0000);
        assertEquals(0x80800000, px[5] & 0xfffefefe, "drawn into the shared ints, premultiplied");
    }
}
