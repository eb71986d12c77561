package io.responseledger.cases.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.ObjectMapper;
import io.responseledger.cases.casefile.CasePage;
import io.responseledger.cases.casefile.CaseView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The case API as a client sees it: typed answers for success, problem bodies as maps for errors. */
public final class CasesApi {

    private final BlockingHttpClient http;
    private final ObjectMapper json;

    public CasesApi(BlockingHttpClient http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    public CaseView get(UUID caseId) {
        return http.retrieve(HttpRequest.GET("/api/v1/cases/" + caseId), CaseView.class);
    }

    public CaseView byReport(UUID reportId) {
        return http.retrieve(HttpRequest.GET("/api/v1/cases/by-report/" + reportId), CaseView.class);
    }

    public CasePage list(String query) {
        return http.retrieve(HttpRequest.GET("/api/v1/cases?" + query), CasePage.class);
    }

    /** The list exactly as JSON, to check field names. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> listJson(String query) {
        return http.retrieve(HttpRequest.GET("/api/v1/cases?" + query), Map.class);
    }

    public CaseView assign(UUID caseId, String leadUnit) {
        return http.retrieve(HttpRequest.POST("/api/v1/cases/" + caseId + "/assignment",
                Map.of("leadUnit", leadUnit)), CaseView.class);
    }

    public HttpResponse<CaseView> recordResponse(UUID caseId, Object body) {
        return http.exchange(HttpRequest.POST("/api/v1/cases/" + caseId + "/responses", body), CaseView.class);
    }

    /** Sends a request that must fail, and returns the problem body after checking the status and media type. */
    public Map<String, Object> problem(HttpRequest<?> request, int expectedStatus) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.exchange(request, Argument.of(String.class), Argument.of(String.class)));
        assertThat(e).as("%s %s must fail", request.getMethod(), request.getPath()).isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(expectedStatus);
        assertThat(e.getResponse().getContentType()).map(MediaType::toString).hasValue("application/problem+json");
        String body = e.getResponse().getBody(String.class).orElseThrow();
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException ex) {
            throw new UncheckedIOException(body, ex);
        }
    }
}
