package org.targetcast.engine.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 of input files, for provenance. */
public final class Hashes {
    private Hashes() {}

    /**
     * @param files files in a fixed order
     * @return the hex SHA-256 of their concatenated bytes
     */
    public static String sha256(List<Path> files) {
        return sha256(new byte[0], files);
    }

    /**
     * @param first bytes that come before the files (a scenario given as text)
     * @param files files in a fixed order
     * @return the hex SHA-256 of those bytes and the files' bytes, concatenated
     */
    public static String sha256(byte[] first, List<Path> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(first);
            for (Path f : files) {
                md.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
