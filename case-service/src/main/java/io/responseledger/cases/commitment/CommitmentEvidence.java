package io.responseledger.cases.commitment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * Evidence given with a progress report: a link ({@code kind} LINK, {@code url}) or an uploaded file
 * ({@code kind} FILE, kept in {@code content} with its name, type, size and SHA-256).
 */
@MappedEntity("commitment_evidence")
record CommitmentEvidence(
        @Id UUID id,
        UUID commitmentId,
        UUID progressId,
        String kind,
        @Nullable String url,
        @Nullable String fileName,
        @Nullable String contentType,
        @Nullable Long sizeBytes,
        @Nullable String sha256,
        @Nullable byte[] content,
        Instant addedAt) {

    static final String LINK = "LINK";
    static final String FILE = "FILE";
}
