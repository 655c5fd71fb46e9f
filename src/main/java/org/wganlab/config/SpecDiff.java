package org.wganlab.config;

import java.util.ArrayList;
import java.util.List;

/** What differs between two run specs that a running session must act on, in the order of {@link SpecField}. */
public record SpecDiff(List<Change> changes) {
    /** One setting's change and its description for event labels. */
    public record Change(SpecField field, String description) {
    }

    public SpecDiff {
        changes = List.copyOf(changes);
    }

    public static SpecDiff between(RunSpec from, RunSpec to) {
        List<Change> out = new ArrayList<>();
        for (SpecField f : SpecField.values()) {
            Object a = f.valueIn(from), b = f.valueIn(to);
            if (!a.equals(b)) out.add(new Change(f, f.describe(a, b)));
        }
        return new SpecDiff(out);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public boolean changed(SpecField f) {
        for (Change c : changes) if (c.field() == f) return true;
        return false;
    }

    public boolean has(SpecField.Effect e) {
        for (Change c : changes) if (c.field().effect == e) return true;
        return false;
    }

    /** True when the networks must be built anew (width, depth, activation or seed changed). */
    public boolean needsRebuild() {
        return has(SpecField.Effect.REBUILD);
    }

    /** "method gp → clip, λ 0.1 → 10". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (Change c : changes) parts.add(c.description());
        return String.join(", ", parts);
    }
}
