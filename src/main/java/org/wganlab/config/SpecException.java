package org.wganlab.config;

/**
 * A setting that cannot be used: a value out of its range, or a settings file that is
 * malformed or of the wrong shape. {@link #key} names the setting as config.json spells it
 * (null when the problem is not one setting's), so the command line can name its flag instead.
 *
 * <p>The commonest reasons also come as data ({@link #reason}: a value out of its range, a key
 * the file format does not have), with the {@link #where} that was prefixed on the way out, so
 * the window can word them in its own language; the message stays the English the command line
 * prints.
 */
public final class SpecException extends IllegalArgumentException {
    private final String key;
    private final String detail;
    private final Reason reason;
    private final String where;

    /** A refusal's reason as data, for the ones a window words itself. */
    public sealed interface Reason permits OutOfRange, UnknownKey {
    }

    /** A value its setting's range does not allow. */
    public record OutOfRange(Range range, double value) implements Reason {
    }

    /** A key the file's format does not have (as the file spells it, with its path: "mixture.colour"). */
    public record UnknownKey(String key) implements Reason {
    }

    public SpecException(String key, String detail) {
        this(key, detail, null, "");
    }

    public SpecException(String message) {
        this(null, message);
    }

    private SpecException(String key, String detail, Reason reason, String where) {
        super(where + (key == null ? detail : key + " " + detail));
        this.key = key;
        this.detail = detail;
        this.reason = reason;
        this.where = where;
    }

    /** The refusal of a key the format does not have. */
    static SpecException unknownKey(String key) {
        return new SpecException(null, "unknown key \"" + key + "\"", new UnknownKey(key), "");
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

    /** The reason as data, or null for a reason that is only words. */
    public Reason reason() {
        return reason;
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
        if (reason != null) return new SpecException(key, detail, reason, prefix + where);
        return new SpecException(null, prefix + getMessage(), null, "");
    }
}
