package org.sealdesk.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.sealdesk.common.RuleViolation;

/**
 * Decides what an uploaded file is from its bytes alone (never its name or the browser's claim):
 * JPEG, PNG or PDF, complete, within the size limit, and for images decodable and of sane
 * dimensions. Anything else is refused with a reason the page can show.
 */
public final class UploadInspector {

    static final long MAX_PIXELS = 60_000_000L;
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] JPEG_END = {(byte) 0xFF, (byte) 0xD9};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_END = {'I', 'E', 'N', 'D'};
    private static final byte[] PDF_START = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int TAIL = 1024;

    private final long maxBytes;

    public UploadInspector(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public DocumentType inspect(byte[] content) {
        if (content.length == 0) {
            throw new RuleViolation("upload.empty");
        }
        if (content.length > maxBytes) {
            throw new RuleViolation("upload.tooLarge", maxBytes / (1024 * 1024));
        }
        DocumentType type = sniff(content);
        if (!isComplete(type, content)) {
            throw new RuleViolation("upload.damaged");
        }
        if (type.isImage()) {
            checkDecodes(content);
        }
        return type;
    }

    private static DocumentType sniff(byte[] content) {
        if (startsWith(content, JPEG_START)) {
            return DocumentType.JPEG;
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return DocumentType.PNG;
        }
        if (startsWith(content, PDF_START)) {
            return DocumentType.PDF;
        }
        throw new RuleViolation("upload.unsupportedType");
    }

    /** The format's end marker must be present: a cut-off upload is refused, not half shown. */
    private static boolean isComplete(DocumentType type, byte[] content) {
        byte[] tail = Arrays.copyOfRange(content, Math.max(0, content.length - TAIL), content.length);
        return switch (type) {
            case JPEG -> indexOf(tail, JPEG_END) >= 0;
            case PNG -> indexOf(tail, PNG_END) >= 0;
            case PDF -> indexOf(tail, PDF_END) >= 0;
        };
    }

    private static void checkDecodes(byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new RuleViolation("upload.damaged");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new RuleViolation("upload.imageTooLarge");
                }
                reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation refusal) {
                throw refusal;
            }
            throw new RuleViolation("upload.damaged");
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
