package org.wganlab.config;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.i18n.Worded;

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
    private final List<Place> where;

    /** A refusal's reason as data, for the ones a window words itself. */
    public sealed interface Reason permits OutOfRange, UnknownKey, NotJson, MustNotBeNull, WrongType, Unreadable, InWords {
    }

    /** A value its setting's range does not allow. */
    public record OutOfRange(Range range, double value) implements Reason {
    }

    /** A key the file's format does not have (as the file spells it, with its path: "mixture.colour"). */
    public record UnknownKey(String key) implements Reason {
    }

    /** Text that is not JSON; the parser's own account ("Unexpected character ...") is English, from Jackson. */
    public record NotJson(String parserSays) implements Reason {
    }

    /** A key whose value is null where the format needs a value (its path: "optimizer.lr"). */
    public record MustNotBeNull(String key) implements Reason {
    }

    /** A key whose value is of another kind than the format's. */
    public record WrongType(String key, ValueKind expected) implements Reason {
    }

    /** The kinds of JSON value a key can need, each with its English words. */
    public enum ValueKind {
        WHOLE_NUMBER("a whole number"), NUMBER("a number"), BOOLEAN("true or false"), STRING("a string"), ARRAY("an array"), OBJECT("an object");

        private final String english;

        ValueKind(String english) {
            this.english = english;
        }

        public String english() {
            return english;
        }
    }

    /** A file that could not be read as text; {@code detail} is the system's own account, for {@link Why#OTHER}. */
    public record Unreadable(String file, Why why, String detail) implements Reason {
        /** Why a file could not be read. */
        public enum Why {
            NO_SUCH_FILE, NOT_UTF8, OTHER
        }
    }

    /** A reason given as a sentence of the words bundle ({@link Worded}). */
    public record InWords(Worded words) implements Reason {
    }

    /** A reason by its key in the words bundle, with its arguments (none null). */
    public static Worded reason(String key, Object... args) {
        return Worded.of(key, args);
    }

    /** The refusal for a reason the words bundle words. */
    public static SpecException worded(Worded reason) {
        return new SpecException(null, reason.english(), new InWords(reason), List.of());
    }

    /** The refusal of a setting's value (its config.json key) for a reason the words bundle words. */
    public static SpecException worded(String key, Worded detail) {
        return new SpecException(key, detail.english(), new InWords(reason("refusal.keyed", key, detail)), List.of());
    }

    /** The refusal for the bundle's key with its arguments. */
    public static SpecException worded(String key, Object... args) {
        return worded(reason(key, args));
    }

    /** One step of where a reason was found, outermost first: a file, a line and column in it, a key's own prefix. */
    public sealed interface Place permits InFile, At, Text {
        /** As the command line prints it, with its separator. */
        String english();
    }

    /** In this file (or a shipped lesson's name). */
    public record InFile(String file) implements Place {
        @Override
        public String english() {
            return file + ": ";
        }
    }

    /** At this line and column of the file. */
    public record At(int line, int column) implements Place {
        @Override
        public String english() {
            return "line " + line + ", column " + column + ": ";
        }
    }

    /** Words put before the reason as they are (a key: "\"lr\": "). */
    public record Text(String text) implements Place {
        @Override
        public String english() {
            return text;
        }
    }

    public SpecException(String key, String detail) {
        this(key, detail, null, List.of());
    }

    public SpecException(String message) {
        this(null, message);
    }

    private SpecException(String key, String detail, Reason reason, List<Place> where) {
        super(english(where) + (key == null ? detail : key + " " + detail));
        this.key = key;
        this.detail = detail;
        this.reason = reason;
        this.where = where;
    }

    /** The refusal of a key the format does not have. */
    static SpecException unknownKey(String key) {
        return new SpecException(null, "unknown key \"" + key + "\"", new UnknownKey(key), List.of());
    }

    /** The refusal of text the JSON parser cannot read. */
    static SpecException notJson(String parserSays) {
        return new SpecException(null, "not valid JSON: " + parserSays, new NotJson(parserSays), List.of());
    }

    /** The refusal of a null where the format needs a value. */
    static SpecException mustNotBeNull(String key) {
        return new SpecException(null, "\"" + key + "\" must not be null", new MustNotBeNull(key), List.of());
    }

    /** The refusal of a value of the wrong kind. */
    static SpecException wrongType(String key, ValueKind expected) {
        return new SpecException(null, "\"" + key + "\" must be " + expected.english(), new WrongType(key, expected), List.of());
    }

    /** The refusal of a file that cannot be read; {@code detail} only for {@link Unreadable.Why#OTHER}. */
    public static SpecException unreadable(String file, Unreadable.Why why, String detail) {
        String english = switch (why) {
            case NO_SUCH_FILE -> "no such file";
            case NOT_UTF8 -> "it is not UTF-8 text";
            case OTHER -> detail;
        };
        return new SpecException(null, "cannot read " + file + ": " + english, new Unreadable(file, why, detail), List.of());
    }

    /** The refusal of a value outside range. */
    static SpecException outOfRange(Range range, double value) {
        return new SpecException(range.key(), "must be " + range.rule() + ", got " + Range.fmt(value), new OutOfRange(range, value), List.of());
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
        return english(where);
    }

    /** The same, step by step, outermost first: for a window that words the places itself. */
    public List<Place> places() {
        return where;
    }

    private static String english(List<Place> places) {
        StringBuilder b = new StringBuilder();
        for (Place p : places) b.append(p.english());
        return b.toString();
    }

    /** The same problem found in this file. */
    public SpecException in(String file) {
        return before(new InFile(file));
    }

    /** The same problem found at this line and column. */
    public SpecException at(int line, int column) {
        return before(new At(line, column));
    }

    /** The same problem after this text, as it is ("\"lr\": "). */
    public SpecException after(String prefix) {
        return before(new Text(prefix));
    }

    private SpecException before(Place place) {
        if (reason == null) return new SpecException(null, place.english() + getMessage(), null, List.of());
        List<Place> out = new ArrayList<>(List.of(place));
        out.addAll(where);
        return new SpecException(key, detail, reason, List.copyOf(out));
    }
}
