package org.targetcast.engine.io;

import java.nio.file.Path;

/** Where the shipped data files are, seen from the module directory (the tests' working directory). */
final class ShippedData {
    static final Path DIR = Path.of("..", "scenarios", "data");
    static final Path OBSERVATIONS = DIR.resolve("observations.csv");
    static final Path SOURCES = DIR.resolve("sources.csv");

    private ShippedData() {}
}
