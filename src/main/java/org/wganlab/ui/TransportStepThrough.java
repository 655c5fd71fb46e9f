package org.wganlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.wganlab.i18n.Words;
import org.wganlab.autodiff.Rng;
import org.wganlab.autodiff.Tensor;
import org.wganlab.metrics.TransportPlan;

/**
 * The Earth Mover's distance step by step, where a lecture on it starts: 8 real and 8 generated
 * points the teacher drags; the optimal matching (an exact assignment) and W1, its mean line
 * length, follow every move, beside what the coupling by index would cost. Lines and points
 * are drawn on a canvas, the numbers in labels (no canvas text: see MainView on Pango).
 */
final class TransportStepThrough {
    static final int N = 8;
    private static final double RANGE = 3, HIT_PX = 14;
    private final Stage stage = new Stage();
    private final Canvas canvas = new Canvas();
    final Label w1 = new Label();
    final Label byIndex = new Label();
    private final Tensor real = new Tensor(N, 2), generated = new Tensor(N, 2);
    private TransportPlan plan;
    private long draws;
    /** The point being dragged: its set and index, or null. */
    private Tensor dragSet;
    private int dragIndex;

    private final Words words;

    TransportStepThrough(Window owner, Words words) {
        this.words = words;
        stage.initOwner(owner);
        stage.setTitle(words.get("transport.title"));
        w1.setId("transport-w1");
        byIndex.setId("transport-by-index");
        w1.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        w1.setWrapText(true);
        byIndex.setWrapText(true);
        Button again = new Button(words.get("transport.newPoints"));
        again.setId("transport-new");
        again.setOnAction(e -> newPoints());
        Button close = new Button(words.get("transport.close"));
        close.setOnAction(e -> stage.close());
        Label legend = new Label(words.get("transport.legend"));
        legend.setWrapText(true);
        VBox top = new VBox(4, w1, byIndex, legend, new HBox(8, again, close));
        top.setPadding(new Insets(8));
        Pane holder = new Pane(canvas);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        canvas.setOnMousePressed(e -> pick(e.getX(), e.getY()));
        canvas.setOnMouseDragged(e -> drag(e.getX(), e.getY()));
        canvas.setOnMouseReleased(e -> dragSet = null);
        BorderPane root = new BorderPane(holder);
        root.setTop(top);
        stage.setScene(new Scene(root, 640, 640));
        newPoints();
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    TransportPlan plan() {
        return plan;
    }

    /** Two clusters to start from: the real points on the right, the generated on the left, as early in training. */
    void newPoints() {
        Rng rng = new Rng(2026 + draws++);
        for (int i = 0; i < N; i++) {
            real.set(i, 0, (float) (1.2 + 0.8 * rng.gaussian()));
            real.set(i, 1, (float) (0.9 * rng.gaussian()));
            generated.set(i, 0, (float) (-1.2 + 0.6 * rng.gaussian()));
            generated.set(i, 1, (float) (0.9 * rng.gaussian()));
        }
        clamp(real);
        clamp(generated);
        update();
    }

    private static void clamp(Tensor t) {
        for (int i = 0; i < t.data.length; i++) t.data[i] = (float) Math.max(-RANGE, Math.min(RANGE, t.data[i]));
    }

    /** Moves one point (in data units) and recomputes the plan. */
    void move(boolean isGenerated, int i, double x, double y) {
        Tensor t = isGenerated ? generated : real;
        t.set(i, 0, (float) Math.max(-RANGE, Math.min(RANGE, x)));
        t.set(i, 1, (float) Math.max(-RANGE, Math.min(RANGE, y)));
        update();
    }

    private void update() {
        plan = TransportPlan.between(generated, real);
        double identity = 0;
        for (int i = 0; i < N; i++) identity += Math.hypot(generated.get(i, 0) - real.get(i, 0), generated.get(i, 1) - real.get(i, 1));
        w1.setText(words.format("transport.w1", plan.w1()));
        byIndex.setText(words.format("transport.byIndex", identity / N));
        draw();
    }

    private double scale() {
        return Math.min(canvas.getWidth(), canvas.getHeight()) / (2 * RANGE + 0.4);
    }

    /** Where a data point is on the canvas. */
    Point2D toCanvas(double x, double y) {
        double s = scale();
        return new Point2D(canvas.getWidth() / 2 + x * s, canvas.getHeight() / 2 - y * s);
    }

    /** Where a point is on the screen (for tests that drag it). */
    Point2D onScreen(boolean isGenerated, int i) {
        Tensor t = isGenerated ? generated : real;
        Point2D p = toCanvas(t.get(i, 0), t.get(i, 1));
        return canvas.localToScreen(p);
    }

    private void pick(double cx, double cy) {
        dragSet = null;
        double best = HIT_PX;
        for (Tensor t : new Tensor[] {generated, real}) {
            for (int i = 0; i < N; i++) {
                Point2D p = toCanvas(t.get(i, 0), t.get(i, 1));
                double d = p.distance(cx, cy);
                if (d < best) {
                    best = d;
                    dragSet = t;
                    dragIndex = i;
                }
            }
        }
    }

    private void drag(double cx, double cy) {
        if (dragSet == null) return;
        double s = scale();
        move(dragSet == generated, dragIndex, (cx - canvas.getWidth() / 2) / s, (canvas.getHeight() / 2 - cy) / s);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (plan == null || canvas.getWidth() < 10) return;
        g.setStroke(Color.gray(0.85));
        Point2D a = toCanvas(-RANGE, -RANGE), b = toCanvas(RANGE, RANGE);
        g.strokeRect(a.getX(), b.getY(), b.getX() - a.getX(), a.getY() - b.getY());
        g.setStroke(Color.rgb(60, 60, 60, 0.8));
        g.setLineWidth(2);
        for (int i = 0; i < N; i++) {
            int j = plan.target()[i];
            Point2D p = toCanvas(generated.get(i, 0), generated.get(i, 1)), q = toCanvas(real.get(j, 0), real.get(j, 1));
            g.strokeLine(p.getX(), p.getY(), q.getX(), q.getY());
        }
        for (int i = 0; i < N; i++) {
            Point2D r = toCanvas(real.get(i, 0), real.get(i, 1));
            g.setFill(Color.rgb(30, 140, 60));
            g.fillOval(r.getX() - 8, r.getY() - 8, 16, 16);
            Point2D p = toCanvas(generated.get(i, 0), generated.get(i, 1));
            g.setFill(Color.rgb(200, 30, 140));
            g.fillPolygon(new double[] {p.getX(), p.getX() + 9, p.getX(), p.getX() - 9}, new double[] {p.getY() - 9, p.getY(), p.getY() + 9, p.getY()}, 4);
        }
    }
}
