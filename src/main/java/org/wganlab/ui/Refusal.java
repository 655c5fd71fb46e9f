package org.wganlab.ui;

import org.wganlab.config.Range;
import org.wganlab.config.SpecException;
import org.wganlab.i18n.Refused;
import org.wganlab.i18n.Words;
import org.wganlab.session.SessionException;

/**
 * An engine's refusal in the window's words where its reason comes as data: from a settings,
 * lesson or session file, a value out of its range, an unknown key, a wrong kind of value, text
 * that is not JSON, a file that cannot be read, a session that is not one or is newer, and every
 * refusal the words bundle words (a lesson's structure, its claims, its formulas). The rest of
 * the engine's reasons stay as it wrote them, in English, the language the command line shares
 * with them. Technical evidence inside a reason (the JSON parser's account, a damaged zip's,
 * JLaTeXMath's) stays as its library wrote it.
 */
final class Refusal {
    private Refusal() {
    }

    static String worded(Throwable e, Words words) {
        if (e instanceof SpecException s && s.reason() != null) return where(s, words) + reason(s.reason(), words);
        if (e instanceof Refused r) return r.reason().in(words);
        if (e instanceof SessionException s) {
            String file = s.file() == null ? "" : s.file() + ": ";
            if (s.reason() != null) return file + s.reason().in(words);
            if (s.getCause() instanceof SpecException spec && spec.reason() != null) return file + worded(spec, words);
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    private static String reason(SpecException.Reason reason, Words words) {
        if (reason instanceof SpecException.OutOfRange r) {
            return words.format("refusal.outOfRange", r.range().key(), ParamControl.rule(r.range(), words), Range.fmt(r.value()));
        }
        return ((SpecException.InWords) reason).words().in(words);
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
