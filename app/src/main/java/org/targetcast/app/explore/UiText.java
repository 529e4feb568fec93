package org.targetcast.app.explore;

import org.targetcast.charts.Labels;
import org.targetcast.charts.Lang;
import org.targetcast.engine.text.Glossary;
import org.targetcast.model.analysis.Assumption;
import org.targetcast.model.target.Target;

/**
 * The explorer window's words, in English and Chinese: the store's {@code explore.*} texts ({@link Labels}), the
 * glossary's assumptions and targets.
 */
final class UiText {
    private final Lang lang;

    private UiText(Lang lang) {
        this.lang = lang;
    }

    static UiText of(Lang lang) {
        return new UiText(lang);
    }

    Lang lang() {
        return lang;
    }

    /**
     * @param key an explorer text, looked up as {@code explore.<key>} in the one store of texts
     * @param args template arguments, if it has any
     * @return the text in this language
     */
    String text(String key, Object... args) {
        return Labels.of(lang).text("explore." + key, args);
    }

    String assumption(Assumption a) {
        return Glossary.assumption(a, lang);
    }

    String target(Target t) {
        return Glossary.target(t, lang);
    }
}
