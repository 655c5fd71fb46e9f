package org.wganlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wganlab.ui.FxWait.waitFor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.wganlab.i18n.Words;
import org.wganlab.figures.Figure;

/** The window in German: every word it shows is the German bundle's, down to tooltips, charts and refusals. */
class GermanWindowTest extends WindowTest {
    @Override
    protected Words words() {
        return Words.forSetting("de");
    }

    /** The English words a German window must never show: those whose German differs, without arguments to fill. */
    private static Set<String> englishOnly() throws IOException {
        Properties en = new Properties(), de = new Properties();
        try (var in = GermanWindowTest.class.getResourceAsStream("/org/wganlab/i18n/Words.properties");
                var r = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            en.load(r);
        }
        try (var in = GermanWindowTest.class.getResourceAsStream("/org/wganlab/i18n/Words_de.properties");
                var r = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            de.load(r);
        }
        Set<String> out = new TreeSet<>();
        for (String k : en.stringPropertyNames()) {
            String e = en.getProperty(k);
            if (!e.contains("%") && !e.equals(de.getProperty(k)) && e.matches("(?s).*\\p{L}{3,}.*")) out.add(e);
        }
        return out;
    }

    /** Every text the scene shows or offers: labels, buttons, texts, tooltips, prompts. */
    private static void texts(Node n, List<String> out) {
        if (n instanceof Labeled l && l.getText() != null) out.add(l.getText());
        if (n instanceof Text t && t.getText() != null) out.add(t.getText());
        if (n instanceof TextField f && f.getPromptText() != null) out.add(f.getPromptText());
        if (n instanceof javafx.scene.control.ComboBox<?> c && c.getPromptText() != null) out.add(c.getPromptText());
        if (n instanceof Control c && c.getTooltip() != null) out.add(c.getTooltip().getText());
        if (n.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip t) out.add(t.getText());
        if (n instanceof MenuBar bar) for (Menu m : bar.getMenus()) items(m, out);
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) texts(c, out);
    }

    private static void items(MenuItem m, List<String> out) {
        if (m.getText() != null) out.add(m.getText());
        if (m instanceof Menu menu) for (MenuItem i : menu.getItems()) items(i, out);
    }

    private static List<String> englishShown(Node root, Set<String> english) {
        List<String> shown = new ArrayList<>();
        texts(root, shown);
        List<String> bad = new ArrayList<>();
        for (String s : shown) if (english.contains(s)) bad.add(s);
        return bad;
    }

    @Test
    void theWindowSpeaksGermanThroughout(FxRobot robot) throws Exception {
        Set<String> english = englishOnly();
        assertTrue(english.size() > 150, "English words to look for: " + english.size());
        robot.interact(() -> view.setPresentation(false));
        MenuBar bar = (MenuBar) view.root().lookup("#menubar");
        assertEquals(List.of("Datei", "Ansicht", "Lektion"), bar.getMenus().stream().map(Menu::getText).toList());
        assertEquals("▶ Start", ((Labeled) view.root().lookup("#play")).getText());
        assertEquals(List.of(), englishShown(view.root(), english), "English in the German window");

        // The status line and the charts once the run has numbers.
        robot.clickOn("#play");
        waitFor("a few iterations", () -> snap().iteration() > 3);
        robot.clickOn("#play");
        waitFor("the pause", () -> !view.lab().state().playing());
        waitFor("the status line", 20, () -> ((Labeled) view.root().lookup("#status")).getText().startsWith("Iteration " + snap().iteration() + " ·"),
                () -> ((Labeled) view.root().lookup("#status")).getText());
        assertEquals(List.of(), englishShown(view.root(), english), "English in the German window with numbers");
        for (Figure f : view.figures()) assertTrue(!english.contains(f.title()), f.title());
        assertTrue(view.figures().stream().anyMatch(f -> f.title().equals("Wasserstein-Abstand")), "the Wasserstein chart's title in German");

        // A refusal says why in German.
        robot.doubleClickOn("#field-lambda").eraseText(12).write("abc").type(KeyCode.ENTER);
        waitFor("the refusal", 20, () -> view.noticeText().contains("'abc' ist keine Zahl"), () -> view.noticeText());

        // The side-by-side window and the step-through too.
        CompareWindow[] w = new CompareWindow[1];
        robot.interact(() -> w[0] = view.menus().openCompare());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Zwei Läufe nebeneinander: derselbe Seed, dieselben Daten", w[0].stage().getTitle());
        assertEquals(List.of(), englishShown(w[0].stage().getScene().getRoot(), english), "English in the German comparison window");
        robot.interact(() -> view.menus().transportStepThrough().show());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), englishShown(view.menus().transportStepThrough().stage().getScene().getRoot(), english), "English in the step-through");
        assertTrue(view.menus().transportStepThrough().w1.getText().contains("Zuordnungen"), view.menus().transportStepThrough().w1.getText());
    }
}
