package org.wganlab.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.wganlab.config.Texts;

/** Bad command-line input: printed as one line, exit code 2, before anything is trained or written. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }

    /** A path from the command line, or a refusal that names the option and says why the system cannot use it. */
    static Path path(String option, String value) {
        if (value.isBlank()) throw new UsageException(option + ": the file name is empty");
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(option + ": '" + printable(value) + "' is not a path this system can use (" + e.getReason() + ")");
        }
    }

    /** The value with control characters shown as \\uXXXX, so a message stays one readable line. */
    static String printable(String s) {
        return Texts.printable(s);
    }
}
