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
            if (s.reason() != null) return file + reason(s.reason(), words);
            if (s.getCause() instanceof SpecException spec && spec.reason() != null) return file + worded(spec, words);
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    private static String reason(SpecException.Reason reason, Words words) {
        if (reason instanceof SpecException.OutOfRange r) {
            return words.format("refusal.outOfRange", r.range().key(), ParamControl.rule(r.range(), words), Range.fmt(r.value()));
        }
        if (reason instanceof SpecException.UnknownKey u) return words.format("refusal.unknownKey", u.key());
        if (reason instanceof SpecException.NotJson n) return words.format("refusal.notJson", n.parserSays());
        if (reason instanceof SpecException.MustNotBeNull n) return words.format("refusal.mustNotBeNull", n.key());
        if (reason instanceof SpecException.WrongType t) return words.format("refusal.wrongType", t.key(), words.get("refusal.kind." + t.expected().name()));
        if (reason instanceof SpecException.InWords w) return w.words().in(words);
        SpecException.Unreadable u = (SpecException.Unreadable) reason;
        return words.format("refusal.unreadable." + u.why().name(), u.file(), u.detail());
    }

    private static String reason(SessionException.Reason reason, Words words) {
        if (reason instanceof SessionException.NoSuchFile) return words.get("refusal.session.noSuchFile");
        if (reason instanceof SessionException.NotASession n) return words.format("refusal.session.notASession", n.sign());
        if (reason instanceof SessionException.Newer n) return words.format("refusal.session.newer", n.version(), n.reads());
        return words.format("refusal.session.doesNotFit", ((SessionException.DoesNotFit) reason).detail());
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
