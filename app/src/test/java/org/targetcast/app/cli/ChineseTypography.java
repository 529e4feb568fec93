package org.targetcast.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typography of Chinese output, checked on its text (terminal, report.html, report.pdf): full-width brackets
 * （） around Chinese text, an en dash in every range of numbers (2020–2022年, 10%–90%, [73–93]), and no line
 * that splits a bracket from what it holds or a term such as 百分点 (差距（百 / 分点）).
 *
 * <p>ASCII brackets stay where the text inside is not Chinese ({@code (30–43%)}, {@code (pre-2020-trend)}) and
 * in formulas: a bracket right after a letter or a slash is a function or an operand ({@code P(2029年当年占比 ≥
 * 45%)}, {@code ln(数字/其他)}, {@code 2/(1-水平)}).
 */
final class ChineseTypography {
    private static final String HAN = "\\p{IsHan}";

    /** An ASCII bracket pair with Chinese inside, not a formula's. */
    private static final Pattern ASCII_BRACKETS =
            Pattern.compile("(?<![A-Za-z/])\\(([^()\\n]*" + HAN + "[^()\\n]*)\\)");

    /** An em dash between numbers: 2020—2022年, 10%—90%. */
    private static final Pattern EM_DASH_RANGE = Pattern.compile("[\\d%]\\s*—\\s*\\d");

    /** A hyphen between two numbers that is not part of a date (2026-12-06) nor a minus sign: [42-66], 2010-2019. */
    private static final Pattern HYPHEN_RANGE =
            Pattern.compile("(?<![\\d.\\-–])\\d+(?:\\.\\d+)?%?-\\d+(?:\\.\\d+)?%?(?![\\d.\\-–])");

    /** A figure dash, which the font's shared glyph used to turn every en dash of a PDF into. */
    private static final Pattern FIGURE_DASH = Pattern.compile("\u2012");

    /** A line that ends with an opening bracket or starts with a closing one, or ends inside 百分点, 百分比, 百分位数. */
    private static final Pattern SPLIT = Pattern.compile("(?m)[（《]$|^\\s*[）》，。；：、]|百$|百分$|百分位$");

    private ChineseTypography() {}

    /**
     * @param where the output's name, for the message
     * @param text the output
     * @return every offence, each with its context
     */
    static List<String> offences(String where, String text) {
        List<String> found = new ArrayList<>();
        add(found, where, "ASCII brackets around Chinese", ASCII_BRACKETS, text);
        add(found, where, "em dash in a range", EM_DASH_RANGE, text);
        add(found, where, "hyphen in a range", HYPHEN_RANGE, text);
        add(found, where, "figure dash", FIGURE_DASH, text);
        add(found, where, "line split inside a term or after a bracket", SPLIT, text);
        return found;
    }

    private static void add(List<String> found, String where, String what, Pattern p, String text) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 20);
            int to = Math.min(text.length(), m.end() + 20);
            found.add(where + ": " + what + ": '" + text.substring(from, to).replace('\n', '⏎') + "'");
        }
    }
}
