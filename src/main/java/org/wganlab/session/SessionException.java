package org.wganlab.session;

import org.wganlab.config.SpecException;

/**
 * A session file that cannot be opened, in words for the person who chose it: what is wrong, and
 * that nothing changed. The commonest reasons also come as data ({@link #reason}, or a settings
 * refusal as the {@link #getCause cause}), with the file they were found in, so the window can
 * word them in its own language; the message stays the English the command line prints.
 */
public final class SessionException extends IllegalArgumentException {
    private final String file;
    private final String detail;
    private final Reason reason;

    /** A refusal's reason as data, for the ones a window words itself. */
    public sealed interface Reason permits NoSuchFile, NotASession, Newer, DoesNotFit {
    }

    /** There is no file at the path. */
    public record NoSuchFile() implements Reason {
    }

    /** Not a session this app wrote, or one cut off or damaged; {@code sign} is the technical evidence, in English. */
    public record NotASession(String sign) implements Reason {
    }

    /** Written in a newer session format than this version reads. */
    public record Newer(int version, int reads) implements Reason {
    }

    /** The saved state does not fit the session's own settings; {@code detail} says where, in English. */
    public record DoesNotFit(String detail) implements Reason {
    }

    public SessionException(String message) {
        this(null, message, null, null);
    }

    private SessionException(String file, String detail, Reason reason, Throwable cause) {
        super(file == null ? detail : file + ": " + detail, cause);
        this.file = file;
        this.detail = detail;
        this.reason = reason;
    }

    static SessionException noSuchFile(String file) {
        return new SessionException(file, "no such file", new NoSuchFile(), null);
    }

    static SessionException notASession(String sign) {
        return new SessionException(null, "not a WGAN Lab session, or it is cut off or damaged (" + sign + ")", new NotASession(sign), null);
    }

    static SessionException newer(int version, int reads) {
        return new SessionException(null, "written by a newer WGAN Lab (session format " + version + "); this version reads format " + reads + ". Update WGAN Lab to open it.",
                new Newer(version, reads), null);
    }

    static SessionException doesNotFit(String detail) {
        return new SessionException(null, "the saved state does not fit its own settings (" + detail + ")", new DoesNotFit(detail), null);
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

    /** The reason as data, or null (then a {@link SpecException} cause may carry one, or the detail is only words). */
    public Reason reason() {
        return reason;
    }
}
