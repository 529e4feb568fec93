package org.targetcast.app.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The toolkit version, from the build. */
public final class Version implements IVersionProvider {
    /** @return the version, e.g. {@code 0.1.0-SNAPSHOT} */
    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/org/targetcast/app/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"targetcast " + get()};
    }
}
