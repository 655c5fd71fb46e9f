package org.wganlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wganlab.config.RunSpec;
import org.wganlab.train.EvalSchedule;
import org.wganlab.train.Presets;
import org.wganlab.train.RunDriver;
import org.wganlab.train.Snapshot;

/**
 * The replay page in a real browser: headless Chromium opens the file with no network, runs its
 * script without a console error, and moving the slider (as the page's #frame link does) changes
 * the iteration shown and the picture. Skipped, saying so, where no Chromium is installed
 * (Debian's {@code chromium}; .ci/run installs it).
 */
class ReplayPageBrowserTest {
    @TempDir
    Path dir;

    static Path chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                Path p = Path.of(folder, name);
                if (Files.isExecutable(p)) return p;
            }
        }
        return null;
    }

    private static Path page(Path dir) throws IOException {
        RunSpec spec = Presets.defaultSpec().withHidden(16).withBatch(32).withThreads(1).withIters(60);
        List<Snapshot> moments = new ArrayList<>();
        try (RunDriver d = new RunDriver(spec, 1, EvalSchedule.every(20))) {
            moments.add(d.snapshot());
            for (int i = 0; i < 60; i++) {
                d.iteration();
                if (i % 10 == 9) moments.add(d.snapshot());
            }
            d.evaluateNow();
            moments.add(d.snapshot());
        }
        Path file = dir.resolve("replay.html");
        ReplayPage.ofRun("a test run", moments).write(file);
        return file;
    }

    /** Chromium's DOM after the page's script ran, and what it said on stderr. */
    private record Opened(String dom, String log) {
    }

    private static Opened open(Path chromium, Path file, String hash, Path dir, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0", "--virtual-time-budget=4000"));
        cmd.addAll(List.of(extra));
        cmd.add(file.toUri() + hash);
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 90 s");
        }
        return new Opened(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String attribute(String dom, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(dom);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void thePageOpensInChromiumAndItsSliderMovesThroughTheRun() throws Exception {
        Path chromium = chromium();
        assumeTrue(chromium != null, "no Chromium on this machine (Debian: apt-get install chromium): the replay page was not opened in a browser");
        Path file = page(dir);
        String html = Files.readString(file);
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script src"), "nothing is fetched: the page works from a USB stick");

        Opened first = open(chromium, file, "#frame=0", dir, "--dump-dom");
        Opened last = open(chromium, file, "#frame=last", dir, "--dump-dom");
        for (Opened o : List.of(first, last)) {
            assertFalse(o.log().contains("Uncaught") || o.log().matches("(?s).*CONSOLE\\(\\d+\\)\\].*[Ee]rror.*"), "no console errors:\n" + o.log());
        }
        assertEquals("0", attribute(first.dom(), "<body[^>]*data-iteration=\"(\\d+)\""), "the first frame is the run's start");
        assertEquals("60", attribute(last.dom(), "<body[^>]*data-iteration=\"(\\d+)\""), "the slider's end is the run's end");
        String where = attribute(last.dom(), "<span id=\"where\">([^<]*)</span>");
        assertTrue(where != null && where.startsWith("iteration 60 of 60"), "the shown iteration: " + where);
        String img0 = attribute(first.dom(), "<img id=\"plane\"[^>]*src=\"([^\"]*)\""), img1 = attribute(last.dom(), "<img id=\"plane\"[^>]*src=\"([^\"]*)\"");
        assertTrue(img0 != null && img0.startsWith("data:image/jpeg;base64,"), "the plane is an embedded picture");
        assertNotEquals(img0.hashCode(), img1.hashCode(), "another moment, another picture");

        Path shot = dir.resolve("replay.png");
        open(chromium, file, "#frame=3", dir, "--screenshot=" + shot, "--window-size=1280,800", "--hide-scrollbars");
        assertTrue(Files.size(shot) > 20_000, "a screenshot of the page: " + Files.size(shot) + " bytes");
    }

    /** A page of one segment whose words carry an inline and a display formula. */
    private static ReplayPage withFormulas() {
        RunSpec spec = Presets.defaultSpec().withHidden(8).withBatch(16).withThreads(1).withIters(4);
        ReplayPage p = new ReplayPage("formulas");
        try (RunDriver d = new RunDriver(spec, 1, EvalSchedule.every(2))) {
            p.beginSegment("Step 1: the penalty", "Only the critic trains, with $\\lambda = 10$: $$L_C = \\mathbb{E}[C(\\tilde{x})] - \\mathbb{E}[C(x)]$$ then the next words.");
            p.add(d.snapshot());
            d.iteration();
            p.add(d.snapshot());
            p.endSegment(d.snapshot());
        }
        return p;
    }

    @Test
    void aStepsFormulasAreTypesetAsOutlinesTheSameOnEveryWrite() {
        String html = withFormulas().html();
        assertTrue(html.contains("<svg"), "the formulas are inline SVG");
        assertFalse(html.contains("jlm_"), "no JLaTeXMath font a browser lacks: outlines");
        assertFalse(html.contains("\\\\lambda = 10$"), "no LaTeX source in the page's words");
        assertEquals(html, withFormulas().html(), "the same text gives the same page (no time-made names)");
    }

    @Test
    void aStepsFormulasShowInChromiumBetweenItsWords() throws Exception {
        Path chromium = chromium();
        assumeTrue(chromium != null, "no Chromium on this machine (Debian: apt-get install chromium): the replay page was not opened in a browser");
        Path file = dir.resolve("formulas.html");
        withFormulas().write(file);
        Opened o = open(chromium, file, "", dir, "--dump-dom");
        assertFalse(o.log().contains("Uncaught"), o.log());
        String step = attribute(o.dom(), "<div id=\"step\">(.*?)</div>\\s*<h2>");
        assertTrue(step != null && step.startsWith("<strong>Step 1: the penalty</strong>\nOnly the critic trains, with <span class=\"formula\"><svg"), "inline formula in the words: " + step);
        assertTrue(step.contains("<div class=\"formula display\"><svg"), "the display formula on its own line");
        assertTrue(step.contains("</div>then the next words."), "the words after it start its next line");
        assertTrue(step.contains("style=\"vertical-align: "), "the inline formula set on the baseline by its depth");
    }
}
