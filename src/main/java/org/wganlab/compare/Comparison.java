package org.wganlab.compare;

import java.util.List;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SettingsChange;
import org.wganlab.config.SpecException;
import org.wganlab.train.ScheduledSwitch;

/**
 * What two side-by-side runs are: a shared specification and, for each side, the settings it
 * changes (config.json keys). Both sides keep the seed and the data, so what differs between
 * the pictures is only what the teacher chose; the same scheduled switches apply to both.
 * Every side's specification and every switch is checked when the comparison is made.
 */
public record Comparison(RunSpec base, SettingsChange a, SettingsChange b, List<ScheduledSwitch> switches) {
    public Comparison {
        switches = List.copyOf(switches);
        for (Side side : Side.values()) {
            SettingsChange c = side == Side.A ? a : b;
            RunSpec s;
            try {
                s = c.applyTo(base);
            } catch (SpecException e) {
                throw new SpecException(side + " (" + c.text() + "): " + e.getMessage());
            }
            if (s.seed() != base.seed()) throw new SpecException(side + " (" + c.text() + "): both sides run from the same seed; set the seed for both");
            if (!s.data().equals(base.data())) throw new SpecException(side + " (" + c.text() + "): both sides train on the same data; set the dataset for both");
            try {
                ScheduledSwitch.checked(switches, s);
            } catch (SpecException e) {
                throw new SpecException(side + ": switch " + e.getMessage());
            }
        }
    }

    public SettingsChange change(Side side) {
        return side == Side.A ? a : b;
    }

    /** The side's whole specification: the shared one with its changes. */
    public RunSpec spec(Side side) {
        return change(side).applyTo(base);
    }

    /** "A: mode=clip". */
    public String label(Side side) {
        return side + ": " + change(side).text();
    }
}
