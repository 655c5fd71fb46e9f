package org.wganlab.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wganlab.config.JsonFiles;
import org.wganlab.config.RunSpec;
import org.wganlab.config.SpecException;
import org.wganlab.config.SpecJson;

/**
 * {@code --switch ITER:KEY=VALUE[,KEY=VALUE...]}: a live change before generator iteration
 * ITER, exactly as the window's switch (the keys are config.json's, read as a partial settings
 * object by the same strict reader, so an unknown key or a bad value is refused before training).
 */
record ScriptedSwitch(int at, SpecJson.File settings, String text) {
    /** Parses and checks every switch against the spec it will apply to; sorted by iteration. */
    static List<ScriptedSwitch> parse(List<String> given, RunSpec spec) {
        List<ScriptedSwitch> out = new ArrayList<>();
        for (String g : given) out.add(parseOne(g));
        out.sort(Comparator.comparingInt(ScriptedSwitch::at));
        RunSpec s = spec;
        for (ScriptedSwitch w : out) {
            try {
                s = w.applyTo(s);
            } catch (SpecException e) {
                throw new UsageException("--switch " + w.text() + ": " + e.getMessage());
            }
            if (!s.network().equals(spec.network()) || s.seed() != spec.seed()) {
                throw new UsageException("--switch " + w.text() + ": a switch changes the run live; width, depth, activation and seed need a new run");
            }
        }
        return out;
    }

    private static ScriptedSwitch parseOne(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) throw new UsageException("--switch " + UsageException.printable(text) + ": expected ITER:KEY=VALUE[,KEY=VALUE...], e.g. 1000:mode=clip");
        int at;
        try {
            at = Integer.parseInt(text.substring(0, colon).strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--switch " + UsageException.printable(text) + ": the iteration must be a whole number");
        }
        if (at < 1) throw new UsageException("--switch " + UsageException.printable(text) + ": the iteration must be at least 1 (iteration 0 is the run's own settings)");
        StringBuilder json = new StringBuilder("{");
        for (String pair : text.substring(colon + 1).split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) throw new UsageException("--switch " + UsageException.printable(text) + ": expected KEY=VALUE, got '" + UsageException.printable(pair) + "'");
            String key = pair.substring(0, eq).strip().replace('-', '_'), value = pair.substring(eq + 1).strip();
            if (json.length() > 1) json.append(',');
            json.append(JsonFiles.write(key).strip()).append(':').append(jsonValue(value));
        }
        try {
            return new ScriptedSwitch(at, JsonFiles.read(json.append('}').toString(), SpecJson.File.class), text);
        } catch (SpecException e) {
            throw new UsageException("--switch " + UsageException.printable(text) + ": " + e.getMessage().replaceFirst("^line \\d+, column \\d+: ", ""));
        }
    }

    /** A number or true/false as itself, anything else as a string. */
    private static String jsonValue(String v) {
        if (v.equals("true") || v.equals("false")) return v;
        try {
            Double.parseDouble(v);
            if (v.matches("[-+]?[0-9.eE+-]+")) return v.startsWith("+") ? v.substring(1) : v;
        } catch (NumberFormatException notANumber) {
            // a string, e.g. mode=clip
        }
        return JsonFiles.write(v).strip();
    }

    RunSpec applyTo(RunSpec s) {
        return SpecJson.over(s, settings);
    }
}
