package org.targetcast.engine.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The toolkit version, from the build. */
public final class Version {
    private Version() {}

    /** @return the version, e.g. {@code 0.1.0-SNAPSHOT} */
    public static String get() {
        return property("version");
    }

    /**
     * @return when this build was made, to the millisecond: what tells two builds of one version apart, so
     *     that results kept between runs ({@link RangeCache}) are never read by a build that did not make them
     */
    public static String build() {
        return property("build");
    }

    private static String property(String name) {
        return Build.PROPERTIES.getProperty(name, "unknown");
    }

    /** The build's properties, read once: every chart's footer and every cache key asks for them. */
    private static final class Build {
        static final Properties PROPERTIES = read();

        private static Properties read() {
            Properties p = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("/org/targetcast/engine/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // every property reads "unknown"
                p.clear();
            }
            return p;
        }
    }
}
