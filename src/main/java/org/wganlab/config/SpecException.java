package org.wganlab.config;

import java.util.ArrayList;
import java.util.List;
import org.wganlab.i18n.Worded;

/**
 * A setting that cannot be used: a value out of its range, or a settings file that is
 * malformed or of the wrong shape. {@link #key} names the setting as config.json spells it
 * (null when the problem is not one setting's), so the command line can name its flag instead.
 *
 * <p>Most reasons also come as data ({@link #reason}: a value out of its range, or a sentence of
 * the words bundle, {@link Worded}), with the {@link #places} where it was found, so the window
 * can word them in its own language; the message is the English the command line prints, the
 * same sentence in English.
 */
public final class SpecException extends IllegalArgumentException {
    private final String key;
    private final String detail;
    private final Reason reason;
    private final List<Place> where;

    /** A refusal's reason as data, for the ones a window words itself. */
    public sealed interface Reason permits OutOfRange, InWords {
    }

    /** A value its setting's range does not allow (the window words the range's rule itself). */
    public record OutOfRange(Range range, double value) implements Reason {
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

    /** The refusal of a setting's value (its config.json key, which the command line names as its flag) for a reason the words bundle words. */
    public static SpecException forSetting(String key, Worded detail) {
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

    /** The refusal of a key the format does not have (as the file spells it, with its path: "mixture.colour"). */
    static SpecException unknownKey(String key) {
        return worded("refusal.unknownKey", key);
    }

    /** The refusal of text the JSON parser cannot read; its account ("Unexpected character ...") is Jackson's English. */
    static SpecException notJson(String parserSays) {
        return worded("refusal.notJson", parserSays);
    }

    /** The refusal of a null where the format needs a value (the key's path: "optimizer.lr"). */
    static SpecException mustNotBeNull(String key) {
        return worded("refusal.mustNotBeNull", key);
    }

    /** The refusal of a value of another kind than the format's: kind is the kind's word in the bundle ("refusal.kind.number"). */
    static SpecException wrongType(String key, String kind) {
        return worded("refusal.wrongType", key, reason(kind));
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
