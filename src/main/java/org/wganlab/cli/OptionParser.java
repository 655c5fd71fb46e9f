package org.wganlab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Parses {@code --name value} and {@code --flag} options, refusing anything it does not know. */
final class OptionParser {
    private OptionParser() {
    }

    static Map<String, String> parse(String[] args, int from, Set<String> valued, Set<String> flags) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            String name = a;
            String inline = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                inline = a.substring(eq + 1);
            }
            if (flags.contains(name)) {
                if (inline != null) throw new UsageException(name + " takes no value");
                out.put(name, "true");
            } else if (valued.contains(name)) {
                String v = inline;
                if (v == null) {
                    if (i + 1 >= args.length) throw new UsageException(name + " needs a value");
                    v = args[++i];
                }
                out.put(name, v);
            } else {
                throw new UsageException("unknown option '" + a + "' (see --help)");
            }
        }
        return out;
    }

    static int integer(Map<String, String> o, String name, int def) {
        String v = o.get(name);
        if (v == null) return def;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(name + ": '" + v + "' is not a whole number");
        }
    }

    static double number(Map<String, String> o, String name, double def) {
        String v = o.get(name);
        if (v == null) return def;
        try {
            double d = Double.parseDouble(v.trim());
            if (!Double.isFinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException(name + ": '" + v + "' is not a number");
        }
    }
}
