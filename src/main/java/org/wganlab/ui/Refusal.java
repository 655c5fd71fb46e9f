package org.wganlab.ui;

import org.wganlab.config.Range;
import org.wganlab.config.SpecException;
import org.wganlab.i18n.Words;

/**
 * An engine's refusal in the window's words where its reason comes as data (a value out of its
 * range, a key the format does not have, from a settings, lesson or session file), and as the engine wrote it otherwise: the
 * rest of the engine's reasons are English, the language the command line shares with them.
 */
final class Refusal {
    private Refusal() {
    }

    static String worded(Throwable e, Words words) {
        if (e instanceof SpecException s) {
            if (s.reason() instanceof SpecException.OutOfRange r) {
                return where(s, words) + words.format("refusal.outOfRange", r.range().key(), ParamControl.rule(r.range(), words), Range.fmt(r.value()));
            }
            if (s.reason() instanceof SpecException.UnknownKey u) return where(s, words) + words.format("refusal.unknownKey", u.key());
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    /** Where it was found, a line and column in the window's words; a file's name and a key as they are. */
    private static String where(SpecException s, Words words) {
        StringBuilder b = new StringBuilder();
        for (SpecException.Place p : s.places()) {
            b.append(p instanceof SpecException.At at ? words.format("refusal.at", at.line(), at.column()) : p.english());
        }
        return b.toString();
    }
}
