package io.responseledger.cases.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.responseledger.cases.problem.Problems;

import java.util.regex.Pattern;

/**
 * Keeps ordinary request bodies small ({@code ledger.http.max-body-size}, 256 KB) while the server as a whole
 * accepts the large uploads of the historical import ({@code micronaut.server.max-request-size}). Decided from
 * the declared length before the body is read: a body over the limit gets 413, and a body without a declared
 * length gets 411 (except on the import and evidence uploads, which the server's own limit and the evidence
 * policy bound).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class BodySizeFilter implements Ordered {

    /** The one endpoint that takes large bodies. */
    static final String IMPORT_UPLOAD = "/api/v1/imports";

    /**
     * Evidence files for a commitment: multipart uploads that clients often stream without a declared length;
     * the evidence policy bounds the file itself (ledger.commitments.evidence.max-file-size).
     */
    private static final Pattern EVIDENCE_UPLOAD = Pattern.compile("/api/v1/commitments/[^/]+/evidence");

    private final long maxBodySize;
    private final ErrorResponseProcessor<?> processor;

    BodySizeFilter(@Value("${ledger.http.max-body-size:256KB}") @ReadableBytes long maxBodySize,
                   ErrorResponseProcessor<?> processor) {
        this.maxBodySize = maxBodySize;
        this.processor = processor;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        if (!HttpMethod.permitsRequestBody(request.getMethod())
                || (request.getMethod() == HttpMethod.POST && IMPORT_UPLOAD.equals(request.getPath()))) {
            return null;
        }
        boolean evidenceUpload = request.getMethod() == HttpMethod.POST
                && EVIDENCE_UPLOAD.matcher(request.getPath()).matches();
        long length = request.getContentLength();
        if (length > maxBodySize) {
            return Problems.of(processor, request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "请求体过大",
                    "请求体不能超过 " + maxBodySize / 1024 + " KB");
        }
        if (length < 0 && !evidenceUpload && request.getHeaders().contains("Transfer-Encoding")) {
            return Problems.of(processor, request, HttpStatus.LENGTH_REQUIRED, "缺少 Content-Length",
                    "请求必须声明 Content-Length（不超过 " + maxBodySize / 1024 + " KB）");
        }
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
