package org.wganlab.cli;

/** Bad command-line input: printed as one line, exit code 2, before anything is trained or written. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
