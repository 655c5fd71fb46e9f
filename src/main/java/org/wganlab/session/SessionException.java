package org.wganlab.session;

/** A session file that cannot be opened, in words for the person who chose it: what is wrong, and that nothing changed. */
public final class SessionException extends IllegalArgumentException {
    public SessionException(String message) {
        super(message);
    }
}
