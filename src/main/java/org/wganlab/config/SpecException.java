package org.wganlab.config;

/**
 * A setting that cannot be used: a value out of its range, or a settings file that is
 * malformed or of the wrong shape. {@link #key} names the setting as config.json spells it
 * (null when the problem is not one setting's), so the command line can name its flag instead.
 */
public final class SpecException extends IllegalArgumentException {
    private final String key;
    private final String detail;

    public SpecException(String key, String detail) {
        super(key == null ? detail : key + " " + detail);
        this.key = key;
        this.detail = detail;
    }

    public SpecException(String message) {
        this(null, message);
    }

    /** The setting's config.json key, or null. */
    public String key() {
        return key;
    }

    /** The message without the key: "must be 1 to 4096, got 0". */
    public String detail() {
        return detail;
    }

    /** The same problem with a prefix that says where (a file name, a line). */
    public SpecException in(String where) {
        return new SpecException(null, where + ": " + getMessage());
    }
}
