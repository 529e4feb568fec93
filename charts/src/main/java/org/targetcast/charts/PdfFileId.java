package org.targetcast.charts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The file identifier of the PDFs targetcast writes, made from what the document is rather than from the
 * clock: PDFBox otherwise writes a new random {@code /ID} into every file, so that two runs with the same
 * inputs (on one machine or on two) would never give the same bytes. ISO 32000-1, 14.4: the identifier
 * should be unique to the file; here it is the MD5 of the texts that name the document (its title and the
 * provenance footer, which carries the scenario's hash and the seed), the same digest PDFBox uses.
 */
public final class PdfFileId {
    private PdfFileId() {}

    /**
     * @param doc the document, before it is saved
     * @param names texts that identify it
     */
    public static void set(PDDocument doc, String... names) {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
        for (String n : names) {
            md5.update(n.getBytes(StandardCharsets.UTF_8));
            md5.update((byte) 0);
        }
        byte[] id = md5.digest();
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, array);
    }
}
