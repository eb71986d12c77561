package io.responseledger.intake.hotline;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.responseledger.intake.problem.Problems;
import jakarta.inject.Singleton;

/** 401: the signature does not prove that the message is fresh and from the platform. */
@Produces
@Singleton
class HotlineSignatureHandler implements ExceptionHandler<HotlineSignatureException, HttpResponse<?>> {

    /** The challenge of a 401 for a bad signature: the token was fine, the signature was not. */
    static final String CHALLENGE = "Hotline-HMAC-SHA256 header=\"" + HotlineSignatures.SIGNATURE_HEADER + "\"";

    private final ErrorResponseProcessor<?> processor;

    HotlineSignatureHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, HotlineSignatureException exception) {
        return Problems.of(processor, request, HttpResponse.unauthorized().header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE),
                "热线消息签名无效", exception.detail());
    }
}
