package org.wganlab.ui;

import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.wganlab.i18n.Words;
import org.wganlab.train.EvalResult;
import org.wganlab.train.RunProblem;
import org.wganlab.train.SessionState;
import org.wganlab.train.Snapshot;

/**
 * What the window says in words: the problem banner (a divergence, with Reset), the notice
 * line (refused values, hints; cleared after a while) and the status line of numbers.
 */
final class Messages {
    /** For measuring a live window from a script: prints the status line every 2 s ({@link WindowOptions#statusLog}). */
    private static final boolean STATUS_LOG = WindowOptions.fromSystemProperties().statusLog();

    final Label status = new Label();
    final Label notice = new Label();
    final HBox banner;
    private final Label bannerText = new Label();
    private final Words words;
    private long lastStatusLog;
    /** When the window opened, for the status log's timestamps. */
    private static final long STARTED = System.nanoTime();

    Messages(Runnable reset, Words words) {
        this.words = words;
        Button bannerReset = new Button(words.get("control.reset"));
        bannerReset.setId("banner-reset");
        bannerReset.setOnAction(e -> reset.run());
        banner = new HBox(12, bannerText, bannerReset);
        banner.setId("banner");
        banner.getStyleClass().add("banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        bannerText.setWrapText(true);
        show(banner, false);
        status.setId("status");
        status.getStyleClass().add("status");
        status.setMaxWidth(Double.MAX_VALUE);
        notice.setId("notice");
        notice.getStyleClass().add("notice");
        notice.setMaxWidth(900);
        notice.setWrapText(true);
        notice.setMouseTransparent(true);
        show(notice, false);
    }

    private static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    void problem(RunProblem problem) {
        bannerText.setText(problem == null ? "" : describe(problem, words));
        show(banner, problem != null);
    }

    /** A run's problem in the window's words: what happened and what to do. */
    static String describe(RunProblem problem, Words words) {
        if (problem instanceof RunProblem.Diverged d) return words.format("problem.diverged", d.iteration());
        return words.format("problem.failed", ((RunProblem.Failed) problem).cause());
    }

    /** A message in the notice line, cleared after six seconds unless another replaced it. */
    void tell(String message) {
        notice.setText(message);
        show(notice, true);
        PauseTransition hide = new PauseTransition(Duration.seconds(6));
        hide.setOnFinished(e -> {
            if (notice.getText().equals(message)) show(notice, false);
        });
        hide.play();
    }

    String noticeText() {
        return notice.isVisible() ? notice.getText() : "";
    }

    /** Evaluations further behind the shown iteration than this carry their own iteration. */
    static final int STALE_EVAL_ITERATIONS = 200;

    /**
     * An exact W1 for a readout: "0.123", or "0.123 (at 1400)" when it was measured well before the
     * iteration shown. Evaluations come seconds apart on a busy machine, and a bare number from
     * long ago reads as the run's state now.
     */
    static String w1(EvalResult e, int shownIteration, Words words) {
        String v = String.format(Locale.ROOT, "%.3f", e.w1());
        return shownIteration - e.iteration() > STALE_EVAL_ITERATIONS ? words.format("readout.w1At", v, e.iteration()) : v;
    }

    /** A step time, or a dash before the run has taken one. */
    private static String ms(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "–";
    }

    /**
     * The status line: what the class reads first (iteration, W1, modes, high quality), then the
     * speed, then the window's own timings (frame rate; draw, heatmap and chart times in ms),
     * which a projector's narrow window may cut off.
     */
    void status(SessionState st, double fps, double drawMs, double heatmapMs, double chartMs) {
        Snapshot s = st.snapshot();
        EvalResult e = s.lastEval();
        String modes = e == null || e.modesTotal() <= 0 ? "–" : e.modesCovered() + "/" + e.modesTotal();
        String hq = e == null || e.modesTotal() <= 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * e.hqFraction());
        String w1 = e == null ? "–" : w1(e, s.iteration(), words);
        if (st.criticBurst() > 0 && s.last() != null) {
            // The critic alone against the frozen generator: the estimate is what the class watches.
            status.setText(st.criticBurst() == 1 ? words.format("status.criticAlone.lastStep", s.iteration(), s.last().wEstimate(), w1)
                    : words.format("status.criticAlone", s.iteration(), st.criticBurst(), s.last().wEstimate(), w1));
            return;
        }
        status.setText(words.format("status.line",
                s.iteration(), w1, modes, hq, st.itersPerSecond(), ms(st.msPerCritic()), ms(st.msPerGenerator()), fps, drawMs, heatmapMs, chartMs));
        long now = System.nanoTime();
        if (STATUS_LOG && now - lastStatusLog >= 500_000_000L) {
            lastStatusLog = now;
            System.out.printf(Locale.ROOT, "t=%.1f %s%n", (now - STARTED) / 1e9, status.getText());
        }
    }
}
