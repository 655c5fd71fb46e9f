package org.wganlab.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SettingsChange;
import org.wganlab.config.SpecException;

/**
 * A live change of settings scheduled before generator iteration {@code at}: what a teacher's
 * switch in the window does, written down ({@code train --switch}, a preset, the compare
 * command). The run driver applies it when the run reaches that iteration, recorded as an event.
 */
public record ScheduledSwitch(int at, SettingsChange change) {
    public ScheduledSwitch {
        if (at < 1) throw new SpecException("the iteration must be at least 1 (iteration 0 is the run's own settings), got " + at);
    }

    /** Parses {@code ITER:KEY=VALUE[,KEY=VALUE...]}; a SpecException says what is wrong. */
    public static ScheduledSwitch parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) throw new SpecException("expected ITER:KEY=VALUE[,KEY=VALUE...], e.g. 1000:mode=clip");
        int at;
        try {
            at = Integer.parseInt(text.substring(0, colon).strip());
        } catch (NumberFormatException e) {
            throw new SpecException("the iteration must be a whole number");
        }
        return new ScheduledSwitch(at, SettingsChange.parse(text.substring(colon + 1)));
    }

    /**
     * The switches sorted by iteration, each checked against the spec it will meet: a value out
     * of range, or a change that needs new networks, is refused before anything trains.
     */
    public static List<ScheduledSwitch> checked(List<ScheduledSwitch> given, RunSpec spec) {
        List<ScheduledSwitch> out = new ArrayList<>(given);
        out.sort(Comparator.comparingInt(ScheduledSwitch::at));
        RunSpec s = spec;
        for (ScheduledSwitch w : out) {
            try {
                if (w.change().rebuilds(s)) throw new SpecException("a switch changes the run live; width, depth, activation and seed need a new run");
                s = w.change().applyTo(s);
            } catch (SpecException e) {
                throw new SpecException(w + ": " + e.getMessage());
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return at + ":" + change.text();
    }
}
