package org.targetcast.app.cli;

import java.util.Locale;
import org.targetcast.charts.Lang;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code en} / {@code zh} to a chart language. */
public final class LangConverter implements ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "en" -> Lang.EN;
            case "zh" -> Lang.ZH;
            default -> throw new TypeConversionException("expected en or zh, found '" + value + "'");
        };
    }
}
