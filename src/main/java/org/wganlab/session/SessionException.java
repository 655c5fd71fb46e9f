package org.wganlab.session;

import org.wganlab.config.SpecException;
import org.wganlab.i18n.Worded;

/**
 * A session file that cannot be opened, in words for the person who chose it: what is wrong, and
 * that nothing changed. The commonest reasons also come as data ({@link #reason}, a sentence of
 * the words bundle, or a settings refusal as the {@link #getCause cause}), with the file they
 * were found in, so the window can word them in its own language; the message stays the English
 * the command line prints.
 */
public final class SessionException extends IllegalArgumentException {
    private final String file;
    private final String detail;
    private final Worded reason;

    private SessionException(String file, String detail, Worded reason, Throwable cause) {
        super(file == null ? detail : file + ": " + detail, cause);
        this.file = file;
        this.detail = detail;
        this.reason = reason;
    }

    private static SessionException of(Worded reason) {
        return new SessionException(null, reason.english(), reason, null);
    }

    static SessionException noSuchFile(String file) {
        return in(file, of(Worded.of("refusal.session.noSuchFile")));
    }

    /** Not a session this app wrote, or one cut off or damaged; sign is the technical evidence, in English. */
    static SessionException notASession(String sign) {
        return of(Worded.of("refusal.session.notASession", sign));
    }

    /** A file that cannot be read at all (a disk's or the system's refusal, in English). */
    static SessionException unreadable(String file, String why) {
        return of(Worded.of("refusal.unreadable.other", file, why));
    }

    /** A refusal found in one of the session's timeline moments: its own reason, said of that moment. */
    static SessionException inMoment(String moment, RuntimeException e) {
        if (e instanceof SessionException s && s.reason != null) return of(Worded.of("refusal.session.inMoment", moment, s.reason));
        // A settings refusal keeps its own reason as the cause, which the window words.
        return new SessionException(null, "timeline moment " + moment + ": " + e.getMessage(), null, e instanceof SpecException ? e : null);
    }

    /** Written in a newer session format than this version reads. */
    static SessionException newer(int version, int reads) {
        return of(Worded.of("refusal.session.newer", version, reads));
    }

    /** The saved state does not fit the session's own settings; detail says where, in English. */
    static SessionException doesNotFit(String detail) {
        return of(Worded.of("refusal.session.doesNotFit", detail));
    }

    /** A refusal found in this file: a session's own, or its settings' (kept as the cause, with its reason). */
    static SessionException in(String file, RuntimeException e) {
        if (e instanceof SessionException s) return new SessionException(file, s.detail, s.reason, s.getCause());
        return new SessionException(file, e.getMessage(), null, e instanceof SpecException ? e : null);
    }

    /** The file it was found in, or null. */
    public String file() {
        return file;
    }

    /** The message without the file. */
    public String detail() {
        return detail;
    }

    /** The reason as a sentence of the words bundle, or null (then a {@link SpecException} cause may carry one, or the detail is only words). */
    public Worded reason() {
        return reason;
    }
}
