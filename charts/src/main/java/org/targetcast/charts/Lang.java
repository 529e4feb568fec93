package org.targetcast.charts;

import java.util.Locale;

/** The languages chart labels are written in. */
public enum Lang {
    /** English. */
    EN(Locale.ENGLISH),
    /** Simplified Chinese; needs a font with CJK glyphs, see {@link Fonts}. */
    ZH(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    /** @return the two-letter code used on the command line and in resource names ({@code en}, {@code zh}) */
    public String code() {
        return locale.getLanguage();
    }

    /** @return the locale of the language */
    public Locale locale() {
        return locale;
    }

    /**
     * @param code {@code en} or {@code zh}, in any case
     * @return the language
     * @throws ChartException for any other code, naming the valid ones
     */
    public static Lang fromCode(String code) {
        for (Lang lang : values()) {
            if (lang.code().equalsIgnoreCase(code.strip())) {
                return lang;
            }
        }
        throw ChartException.of("language '%s' is not supported; expected en or zh", code);
    }
}
