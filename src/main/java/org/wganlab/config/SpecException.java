package org.wganlab.config;

/**
 * A setting that cannot be used: a value out of its range, or a settings file that is
 * malformed or of the wrong shape. {@link #key} names the setting as config.json spells it
 * (null when the problem is not one setting's), so the command line can name its flag instead.
 *
 * <p>A value out of its range also carries the reason as data ({@link #outOfRange}, with the
 * {@link #where} that was prefixed on the way out), so the window can word it in its own
 * language; the message stays the English the command line prints.
 */
public final class SpecException extends IllegalArgumentException {
    private final String key;
    private final String detail;
    private final OutOfRange outOfRange;
    private final String where;

    /** A value its setting's range does not allow. */
    public record OutOfRange(Range range, double value) {
    }

    public SpecException(String key, String detail) {
        this(key, detail, null, "");
    }

    public SpecException(String message) {
        this(null, message);
    }

    private SpecException(String key, String detail, OutOfRange outOfRange, String where) {
        super(where + (key == null ? detail : key + " " + detail));
        this.key = key;
        this.detail = detail;
        this.outOfRange = outOfRange;
        this.where = where;
    }

    /** The refusal of a value outside range. */
    static SpecException outOfRange(Range range, double value) {
        return new SpecException(range.key(), "must be " + range.rule() + ", got " + Range.fmt(value), new OutOfRange(range, value), "");
    }

    /** The setting's config.json key, or null. */
    public String key() {
        return key;
    }

    /** The message without the key: "must be 1 to 4096, got 0". */
    public String detail() {
        return detail;
    }

    /** The value out of its range this refuses, or null when the reason is another. */
    public OutOfRange outOfRange() {
        return outOfRange;
    }

    /** What was put before the reason on its way out ("config.json: line 3, column 9: "), or "". */
    public String where() {
        return where;
    }

    /** The same problem with a prefix that says where (a file name, a line). */
    public SpecException in(String where) {
        return after(where + ": ");
    }

    /** The same problem after this text, as it is ("line 3, column 9: \"lr\": "). */
    public SpecException after(String prefix) {
        if (outOfRange != null) return new SpecException(key, detail, outOfRange, prefix + where);
        return new SpecException(null, prefix + getMessage(), null, "");
    }
}
