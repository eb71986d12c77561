package io.responseledger.cases.commitment;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.ReadableBytes;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Which evidence files are accepted: at most {@code ledger.commitments.evidence.max-file-size} bytes (below the
 * server's request limit), and only PDF, JPEG and PNG, judged by the file's first bytes, not by what the client
 * says it is, so a renamed executable or HTML page is refused.
 */
@Singleton
class EvidenceFilePolicy {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private final long maxFileSize;

    EvidenceFilePolicy(@Value("${ledger.commitments.evidence.max-file-size:200KB}") @ReadableBytes long maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    /**
     * @return the content type the file really has
     * @throws CommitmentInputException naming the field {@code file} if it is empty, too large or of another type
     */
    String check(@Nullable String fileName, byte[] content) {
        if (content.length == 0) {
            throw new CommitmentInputException("file", "文件为空");
        }
        if (content.length > maxFileSize) {
            throw new CommitmentInputException("file", "文件不能超过 " + maxFileSize / 1024 + " KB");
        }
        if (fileName != null && fileName.length() > 255) {
            throw new CommitmentInputException("file", "文件名不能超过 255 个字符");
        }
        String sniffed = startsWith(content, PDF) ? "application/pdf"
                : startsWith(content, PNG) ? "image/png"
                : startsWith(content, JPEG) ? "image/jpeg" : null;
        if (sniffed == null) {
            throw new CommitmentInputException("file", "只接受 PDF、JPEG、PNG 文件");
        }
        return sniffed;
    }

    long maxFileSize() {
        return maxFileSize;
    }

    static List<String> allowedTypes() {
        return List.of("application/pdf", "image/jpeg", "image/png");
    }

    static String safeFileName(@Nullable String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "evidence";
        }
        // Keep the last path segment only; control characters never reach a Content-Disposition header.
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return name.isEmpty() ? "evidence" : name;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
