package org.wganlab.i18n;

import java.util.List;

/**
 * A sentence by its key in the words bundle and its arguments (none null; an argument may be a
 * Worded itself): a refusal's reason the engine gives as data, printed in English on the
 * command line and in the window's language there.
 */
public record Worded(String key, List<Object> args) {
    public Worded {
        args = List.copyOf(args);
    }

    public static Worded of(String key, Object... args) {
        return new Worded(key, List.of(args));
    }

    /** The sentence in these words. */
    public String in(Words words) {
        Object[] a = args.stream().map(x -> x instanceof Worded w ? w.in(words) : x).toArray();
        return words.format(key, a);
    }

    /** The sentence in English, as the command line prints it. */
    public String english() {
        return in(Words.english());
    }
}
