package org.targetcast.api;

import java.util.List;
import org.targetcast.engine.io.InputException;

/**
 * Bad input: a scenario, the data or an argument, with every problem located by file, line, column and key,
 * in the words the command line uses.
 *
 * <pre>{@code
 * try {
 *     Scenarios.parse("title: Typo\ncomponents:\n  digital: {grwth: {2026: 0.09}}\n");
 * } catch (BadInputException e) {
 *     e.problems().forEach(p -> System.out.println(p.formatted()));
 *     // scenario:3:13: components.digital.grwth: unknown key (did you mean 'growth'?)
 * }
 * }</pre>
 */
public final class BadInputException extends TargetcastException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    BadInputException(InputException cause) {
        super(cause.getMessage(), cause);
        this.problems = cause.problems().stream()
                .map(p -> new Problem(p.file(), p.line(), p.column(), p.key(), p.message(), p.format()))
                .toList();
    }

    /** @return the problems, in file order; at least one */
    public List<Problem> problems() {
        return problems;
    }

    @Override
    public List<String> lines() {
        return problems.stream().map(Problem::formatted).toList();
    }
}
