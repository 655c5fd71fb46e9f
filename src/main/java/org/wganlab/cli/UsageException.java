package org.wganlab.cli;

/** Bad command-line input: printed as one line, exit code 2, before anything is trained or written. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }

    /** A path from the command line, or a refusal that names the option and says why the system cannot use it. */
    static java.nio.file.Path path(String option, String value) {
        if (value.isBlank()) throw new UsageException(option + ": the file name is empty");
        try {
            return java.nio.file.Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException(option + ": '" + printable(value) + "' is not a path this system can use (" + e.getReason() + ")");
        }
    }

    /** The value with control characters shown as \\uXXXX, so a message stays one readable line. */
    static String printable(String s) {
        return org.wganlab.config.Texts.printable(s);
    }
}
