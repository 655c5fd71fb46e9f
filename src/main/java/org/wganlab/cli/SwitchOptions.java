package org.wganlab.cli;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SpecException;
import org.wganlab.train.ScheduledSwitch;

/** {@code --switch ITER:KEY=VALUE[,KEY=VALUE...]} as given to {@code train} and {@code compare}: parsed and checked before training. */
final class SwitchOptions {
    private SwitchOptions() {
    }

    /** The switches, sorted and checked against the spec they will meet; a refusal names the switch. */
    static List<ScheduledSwitch> parse(List<String> given, RunSpec spec) {
        List<ScheduledSwitch> out = new ArrayList<>();
        for (String g : given) {
            try {
                out.add(ScheduledSwitch.parse(g));
            } catch (SpecException e) {
                throw new UsageException("--switch " + UsageException.printable(g) + ": " + e.getMessage());
            }
        }
        try {
            return ScheduledSwitch.checked(out, spec);
        } catch (SpecException e) {
            throw new UsageException("--switch " + UsageException.printable(e.getMessage()));
        }
    }
}
