package org.wganlab.ui;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.DoublePredicate;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wganlab.config.Range;
import org.wganlab.i18n.Words;

/**
 * A labelled setting with a slider to drag (linear or logarithmic) and a field to type in.
 * A typed value is checked before it is applied; a bad one is refused with a message and the
 * field goes back to the value in force.
 */
final class ParamControl extends VBox {
    private final Slider slider;
    private final TextField field;
    private final boolean log;
    private final boolean integer;
    private final DoublePredicate valid;
    private final String rule;
    private final Words words;
    private final String name;
    private final Consumer<String> refuse;
    private Consumer<Double> onChange = v -> { };
    private double value;
    private boolean updating;

    ParamControl(String id, String name, String tip, double min, double max, boolean log, boolean integer,
            Range range, Consumer<String> refuse, Words words) {
        this.words = words;
        this.log = log;
        this.integer = integer;
        this.valid = range::contains;
        this.rule = rule(range, words);
        this.name = name;
        this.refuse = refuse;
        Label label = new Label(name);
        label.setMinWidth(64);
        slider = new Slider(log ? Math.log10(min) : min, log ? Math.log10(max) : max, log ? Math.log10(min) : min);
        slider.setId("slider-" + id);
        field = new TextField();
        field.setId("field-" + id);
        field.setPrefColumnCount(6);
        HBox.setHgrow(slider, Priority.ALWAYS);
        Tooltip t = new Tooltip(tip);
        t.setWrapText(true);
        t.setMaxWidth(360);
        Tooltip.install(this, t);
        label.setTooltip(t);
        field.setTooltip(t);
        slider.setTooltip(t);
        HBox row = new HBox(6, label, field);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, slider);
        setSpacing(2);
        slider.valueProperty().addListener((o, a, b) -> {
            if (updating) return;
            double v = log ? Math.pow(10, b.doubleValue()) : b.doubleValue();
            v = round(v);
            if (v != value) set(v, true);
        });
        field.setOnAction(e -> commitField());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) commitField();
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) field.setText(format(value));
        });
    }

    private double round(double v) {
        if (integer) return Math.round(v);
        // Three significant digits, so dragging gives readable values.
        if (v == 0) return 0;
        double mag = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 2);
        return Math.round(v / mag) * mag;
    }

    private void commitField() {
        String text = field.getText().trim();
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            reject(words.format("param.notNumber", text));
            return;
        }
        if (integer && v != Math.rint(v)) {
            reject(words.format("param.notWhole", text));
            return;
        }
        if (!Double.isFinite(v) || !valid.test(v)) {
            reject(words.format("param.outOfRange", text, rule));
            return;
        }
        if (v != value) set(v, true);
    }

    private void reject(String why) {
        refuse.accept(words.format("param.refused", name, why, format(value)));
        field.setText(format(value));
    }

    /** A range's rule in the window's words: "a whole number from 1 to 100", "greater than 0 and at most 100". */
    static String rule(Range r, Words words) {
        String min = Range.fmt(r.min()), max = Range.fmt(r.max());
        if (r.whole()) return r.max() >= Integer.MAX_VALUE ? words.format("range.wholeAtLeast", min) : words.format("range.wholeFromTo", min, max);
        String key = r.minExclusive() ? (r.maxExclusive() ? "range.aboveBelow" : "range.aboveAtMost") : (r.maxExclusive() ? "range.atLeastBelow" : "range.atLeastAtMost");
        return words.format(key, min, max);
    }

    void setOnChange(Consumer<Double> c) {
        onChange = c;
    }

    /** Shows a value without reporting a change (settings loaded from elsewhere). */
    void show(double v) {
        value = v;
        updating = true;
        slider.setValue(log ? Math.log10(Math.max(v, 1e-30)) : v);
        field.setText(format(v));
        updating = false;
    }

    private void set(double v, boolean report) {
        show(v);
        if (report) onChange.accept(v);
    }

    double value() {
        return value;
    }

    private String format(double v) {
        if (integer) return Long.toString(Math.round(v));
        if (v != 0 && (Math.abs(v) < 1e-2 || Math.abs(v) >= 1e4)) return String.format(Locale.ROOT, "%.3g", v).replace("e-0", "e-");
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
