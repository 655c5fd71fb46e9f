package org.wganlab.config;

/**
 * A change of some settings written as {@code KEY=VALUE[,KEY=VALUE...]} with config.json's keys
 * (a {@code -} in a key reads as {@code _}): read as a partial settings object by the same strict
 * reader as config.json, so an unknown key or a bad value is refused with its reason.
 *
 * @param text what was written, for messages and labels
 */
public record SettingsChange(SpecJson.File settings, String text) {

    /** Parses {@code KEY=VALUE,...}; a SpecException says what is wrong, without the text itself. */
    public static SettingsChange parse(String text) {
        if (text.isBlank()) throw new SpecException("expected KEY=VALUE[,KEY=VALUE...], got nothing");
        StringBuilder json = new StringBuilder("{");
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) throw new SpecException("expected KEY=VALUE, got '" + Texts.printable(pair) + "'");
            String key = pair.substring(0, eq).strip().replace('-', '_'), value = pair.substring(eq + 1).strip();
            if (json.length() > 1) json.append(',');
            json.append(JsonFiles.write(key).strip()).append(':').append(jsonValue(value));
        }
        try {
            return new SettingsChange(JsonFiles.read(json.append('}').toString(), SpecJson.File.class), text);
        } catch (SpecException e) {
            throw new SpecException(e.getMessage().replaceFirst("^line \\d+, column \\d+: ", ""));
        }
    }

    /** A number or true/false as itself, anything else as a string. */
    private static String jsonValue(String v) {
        if (v.equals("true") || v.equals("false")) return v;
        if (v.matches("[-+]?[0-9.eE+-]+")) {
            try {
                Double.parseDouble(v);
                return v.startsWith("+") ? v.substring(1) : v;
            } catch (NumberFormatException notANumber) {
                // a string after all, e.g. "1e"
            }
        }
        return JsonFiles.write(v).strip();
    }

    /** The spec with these settings in place of its own; a value out of range raises a SpecException. */
    public RunSpec applyTo(RunSpec s) {
        return SpecJson.over(s, settings);
    }

    /** True if applied to s it would need new networks (width, depth, activation or seed). */
    public boolean rebuilds(RunSpec s) {
        RunSpec n = applyTo(s);
        return !n.network().equals(s.network()) || n.seed() != s.seed();
    }

    @Override
    public String toString() {
        return text;
    }
}
