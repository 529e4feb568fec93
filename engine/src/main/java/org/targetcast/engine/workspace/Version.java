package org.targetcast.engine.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The toolkit version, from the build. */
public final class Version {
    private Version() {}

    /** @return the version, e.g. {@code 0.1.0-SNAPSHOT} */
    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/org/targetcast/engine/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
