package org.targetcast.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a text file the user edits (a scenario, a set, an observations file) as UTF-8, refusing with a
 * located problem: a file larger than {@link #MAX_BYTES}, anything but a regular file, bytes that are not
 * UTF-8 (at the first bad byte) and control characters other than tab, line feed and carriage return (at
 * the first one). Lines and columns count from 1; a column counts characters, a line ends at {@code \n}.
 * A byte-order mark at the start is dropped.
 */
public final class TextFiles {
    /** Larger files are refused: no scenario or observations file comes near. */
    public static final int MAX_BYTES = 8 << 20;

    private TextFiles() {}

    /**
     * @param file the file
     * @param shown how to name it in messages
     * @return its text
     * @throws InputException located at the first offending byte, or at line 1, column 1 for a file that
     *     cannot be read at all
     */
    public static String read(Path file, String shown) {
        if (!Files.isRegularFile(file)) {
            throw InputException.at(shown, 1, 1, "", Files.exists(file) ? "not a regular file" : "no such file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw InputException.at(
                    shown, 1, 1, "", "cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw InputException.at(shown, 1, 1, "", "the file is larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        return decode(bytes, shown);
    }

    /**
     * @param bytes a file's content
     * @param shown how to name it in messages
     * @return the text
     * @throws InputException at the first byte that is not UTF-8 or the first control character
     */
    public static String decode(byte[] bytes, String shown) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int bad = in.position();
            out.flip();
            int[] lc = lineColumn(out, out.limit());
            throw InputException.at(
                    shown,
                    lc[0],
                    lc[1],
                    "",
                    String.format(
                            java.util.Locale.ROOT,
                            "not UTF-8 text: byte %d (0x%02X) at offset %d; save the file as UTF-8",
                            bytes[bad] & 0xFF,
                            bytes[bad] & 0xFF,
                            bad));
        }
        decoder.flush(out);
        out.flip();
        // the decoded characters read from the buffer's array: its charAt checks bounds on every call
        char[] chars = out.array();
        int length = out.limit();
        int start = length > 0 && chars[0] == '\uFEFF' ? 1 : 0;
        for (int i = start; i < length; i++) {
            char c = chars[i];
            if (isControl(c)) {
                int[] lc = lineColumn(out, i);
                throw InputException.at(
                        shown,
                        lc[0],
                        lc[1],
                        "",
                        String.format(
                                java.util.Locale.ROOT,
                                "control character U+%04X; only tab and line breaks may appear in the text",
                                (int) c));
            }
        }
        return new String(chars, start, length - start);
    }

    /** @return whether a character is a control character a text file must not hold (all but tab, LF, CR) */
    static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /** @return the 1-based line and column of the character at {@code index} */
    private static int[] lineColumn(CharSequence text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(text.charAt(i))) {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
