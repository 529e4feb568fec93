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
        try (InputStream in = Version.class.getResourceAsStream("/org/targetcast/engine/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty(name, "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
