package io.responseledger.intake.report;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.responseledger.intake.IntakeConfiguration;
import io.responseledger.intake.problem.Problems;
import jakarta.inject.Singleton;

/** Kafka did not take the report: 503 with Retry-After, so the sender knows nothing was accepted. */
@Produces
@Singleton
class ReportNotPublishedHandler implements ExceptionHandler<ReportNotPublishedException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;
    private final IntakeConfiguration configuration;

    ReportNotPublishedHandler(ErrorResponseProcessor<?> processor, IntakeConfiguration configuration) {
        this.processor = processor;
        this.configuration = configuration;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ReportNotPublishedException exception) {
        long retryAfterSeconds = Math.max(1, configuration.getRetryAfter().toSeconds());
        var response = HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        return Problems.of(processor, request, response, "报告暂未受理",
                "消息队列暂不可用，报告未被接收，请在 " + retryAfterSeconds + " 秒后重新提交");
    }
}
