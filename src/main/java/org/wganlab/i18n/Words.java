package org.wganlab.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The window's words in one language: every menu, button, tooltip, dialog, notice, status line
 * and chart label the window shows comes from one resource bundle, {@code Words.properties}
 * (English, complete) or a translation beside it ({@code Words_de.properties}), so a new
 * language is one file. The command line keeps English: it asks for {@link #english()}.
 *
 * <p>A pattern is a {@link String#format} pattern, formatted with {@link Locale#ROOT} so numbers
 * read the same in every language (the plots and the CSV files use a decimal point); a
 * translation may reorder its arguments with {@code %1$s}.
 */
public final class Words {
    private static final String BUNDLE = "org.wganlab.i18n.Words";
    /** The languages with a complete translation; any other locale gets English. */
    public static final Set<String> LANGUAGES = Set.of("en", "de");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Words(Locale locale) {
        this.locale = locale;
        // No fallback to the default locale: English asked for under a German system is English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Words.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words for this locale's language, or English when it has no translation. */
    public static Words of(Locale locale) {
        String language = locale.getLanguage();
        return new Words(LANGUAGES.contains(language) && !language.equals("en") ? Locale.forLanguageTag(language) : Locale.ROOT);
    }

    /** The words for a language setting ("de", "en") or, when it is blank, for the system's locale. */
    public static Words forSetting(String language) {
        if (language == null || language.isBlank()) return of(Locale.getDefault());
        String tag = language.strip();
        if (!LANGUAGES.contains(tag)) throw new IllegalArgumentException("unknown language '" + tag + "' (expected one of " + new TreeSet<>(LANGUAGES) + ")");
        return of(Locale.forLanguageTag(tag));
    }

    public static Words english() {
        return of(Locale.ROOT);
    }

    /** The language these words are in: "en" or a translation's tag. */
    public String language() {
        return locale.equals(Locale.ROOT) ? "en" : locale.getLanguage();
    }

    /** The text for a key; a key missing from the bundle is a programming error. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text for '" + key + "' in the " + language() + " words", e);
        }
    }

    /** The pattern for a key with its arguments filled in. */
    public String format(String key, Object... args) {
        return String.format(Locale.ROOT, get(key), args);
    }
}
