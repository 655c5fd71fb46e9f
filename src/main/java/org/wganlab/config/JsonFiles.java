package org.wganlab.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.wganlab.i18n.Refused;

/**
 * The one JSON mapper of the app (Jackson), strict the way a settings file should be: unknown
 * keys, duplicate keys, trailing text, strings where numbers belong and fractions where whole
 * numbers belong are refused, and every refusal becomes a {@link SpecException} that names the
 * line, the column and the key.
 */
public final class JsonFiles {
    static final JsonMapper MAPPER = strictMapper();

    private JsonFiles() {
    }

    private static JsonMapper strictMapper() {
        JsonMapper m = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(SerializationFeature.INDENT_OUTPUT)
                // "key": value, as people write JSON by hand (Jackson's default is "key" : value).
                .defaultPrettyPrinter(new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)))
                .build();
        for (LogicalType t : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean, LogicalType.Integer, LogicalType.Float}) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.Integer, t == LogicalType.Integer || t == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, t == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, t == LogicalType.Textual ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, t == LogicalType.Textual ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        return m;
    }

    /** Reads text as a T; malformed or ill-shaped JSON raises a SpecException with its place. */
    public static <T> T read(String text, Class<T> type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw problem(e);
        }
    }

    /** Reads a file as a T; every message starts with the file's name. */
    public static <T> T read(Path file, Class<T> type) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw SpecException.worded("refusal.unreadable.noSuchFile", file.toString());
        } catch (MalformedInputException e) {
            throw SpecException.worded("refusal.unreadable.notUtf8", file.toString());
        } catch (IOException | RuntimeException e) {
            throw SpecException.worded("refusal.unreadable.other", file.toString(), e.getMessage() == null ? e.toString() : e.getMessage());
        }
        // A UTF-8 byte-order mark, as some editors write one, is not part of the JSON.
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        try {
            return read(text, type);
        } catch (SpecException e) {
            throw e.in(file.toString());
        }
    }

    /** Pretty-printed JSON of a value (a record, a file form, a map); NaN and infinities as null, which JSON lacks. */
    public static String write(Object value) {
        Object v = value instanceof Map<?, ?> m ? finiteOrNull(m) : value;
        try {
            return MAPPER.writeValueAsString(v) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<Object, Object> finiteOrNull(Map<?, ?> m) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object v = e.getValue();
            out.put(e.getKey(), v instanceof Double d && !Double.isFinite(d) || v instanceof Float f && !Float.isFinite(f) ? null : v);
        }
        return out;
    }

    /** Jackson's refusal in a user's words: where, which key, what was expected. */
    static SpecException problem(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        JsonLocation place = at != null && at.getLineNr() >= 0 ? at : null;
        String path = e instanceof JsonMappingException jm ? path(jm) : "";
        if (e instanceof UnrecognizedPropertyException u) {
            return located(SpecException.unknownKey(path.isEmpty() ? u.getPropertyName() : path), place);
        } else if (e instanceof InvalidNullException) {
            return located(SpecException.mustNotBeNull(path), place);
        } else if (e instanceof MismatchedInputException mi && mi.getTargetType() != null && !path.isEmpty()) {
            return located(SpecException.wrongType(path, kind(mi.getTargetType())), place);
        } else if (e instanceof ValueInstantiationException vi && vi.getCause() instanceof IllegalArgumentException bad) {
            // A file form's own check (a record's constructor) refused the object that ends here.
            String field = path.isEmpty() ? "" : "\"" + path + "\": ";
            SpecException spec = bad instanceof SpecException s ? s : bad instanceof Refused r ? SpecException.worded(r.reason()) : new SpecException(bad.getMessage());
            return located(field.isEmpty() ? spec : spec.after(field), place);
        } else if (e instanceof StreamConstraintsException) {
            return located(new SpecException("the JSON is nested too deeply or too large (" + e.getOriginalMessage() + ")"), place);
        } else if (e instanceof JsonMappingException && !path.isEmpty()) {
            return located(new SpecException("\"" + path + "\": " + e.getOriginalMessage()), place);
        }
        // Syntax, duplicate keys, no content, trailing text: the text is not one JSON value.
        return located(SpecException.notJson(e.getOriginalMessage()), place);
    }

    /** The refusal at the place Jackson found it, if it knows one. */
    private static SpecException located(SpecException e, JsonLocation at) {
        return at == null ? e : e.at(at.getLineNr(), at.getColumnNr());
    }

    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) b.append('.');
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** The words-bundle key of the kind of value a type needs. */
    private static String kind(Class<?> t) {
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) return "refusal.kind.wholeNumber";
        if (t == Double.class || t == double.class || t == Float.class || t == float.class) return "refusal.kind.number";
        if (t == Boolean.class || t == boolean.class) return "refusal.kind.boolean";
        if (t == String.class) return "refusal.kind.string";
        if (t.isArray() || Collection.class.isAssignableFrom(t)) return "refusal.kind.array";
        return "refusal.kind.object";
    }
}
