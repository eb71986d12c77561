package io.responseledger.cases.support;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
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

/**
 * The case API as a client sees it: typed answers for success, problem bodies as maps for errors. Every request
 * carries the bearer token this instance was made with ({@link #as}); none if it was made without one.
 */
public final class CasesApi {

    private final BlockingHttpClient http;
    private final ObjectMapper json;
    @Nullable
    private final String token;

    public CasesApi(BlockingHttpClient http, ObjectMapper json) {
        this(http, json, null);
    }

    private CasesApi(BlockingHttpClient http, ObjectMapper json, @Nullable String token) {
        this.http = http;
        this.json = json;
        this.token = token;
    }

    /** The same API, calling with {@code token}. */
    public CasesApi as(String token) {
        return new CasesApi(http, json, token);
    }

    public CaseView get(UUID caseId) {
        return http.retrieve(authorized(HttpRequest.GET("/api/v1/cases/" + caseId)), CaseView.class);
    }

    public CaseView byReport(UUID reportId) {
        return http.retrieve(authorized(HttpRequest.GET("/api/v1/cases/by-report/" + reportId)), CaseView.class);
    }

    public CasePage list(String query) {
        return http.retrieve(authorized(HttpRequest.GET("/api/v1/cases?" + query)), CasePage.class);
    }

    /** The list exactly as JSON, to check field names. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> listJson(String query) {
        return http.retrieve(authorized(HttpRequest.GET("/api/v1/cases?" + query)), Map.class);
    }

    /** One case exactly as JSON. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> getJson(UUID caseId) {
        return http.retrieve(authorized(HttpRequest.GET("/api/v1/cases/" + caseId)), Map.class);
    }

    /** The contact details of a case exactly as JSON. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> contactsJson(UUID caseId) {
        return http.retrieve(authorized(HttpRequest.GET("/api/v1/cases/" + caseId + "/contacts")), Map.class);
    }

    public CaseView assign(UUID caseId, String leadUnit) {
        return http.retrieve(authorized(HttpRequest.POST("/api/v1/cases/" + caseId + "/assignment",
                Map.of("leadUnit", leadUnit))), CaseView.class);
    }

    public HttpResponse<CaseView> recordResponse(UUID caseId, Object body) {
        return http.exchange(authorized(HttpRequest.POST("/api/v1/cases/" + caseId + "/responses", body)),
                CaseView.class);
    }

    /** Sends any request with this instance's token and answers the raw response, whatever its status. */
    public HttpResponse<String> send(MutableHttpRequest<?> request) {
        try {
            return http.exchange(authorized(request), Argument.of(String.class), Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    /**
     * Sends a request that must fail (with this instance's token unless it has an Authorization header), and
     * returns the problem body after checking the status and media type.
     */
    public Map<String, Object> problem(MutableHttpRequest<?> request, int expectedStatus) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.exchange(authorized(request), Argument.of(String.class), Argument.of(String.class)));
        assertThat(e).as("%s %s must fail", request.getMethod(), request.getPath()).isNotNull();
        assertThat(e.getStatus().getCode()).as("%s %s", request.getMethod(), request.getPath())
                .isEqualTo(expectedStatus);
        assertThat(e.getResponse().getContentType()).as("%s %s", request.getMethod(), request.getPath())
                .map(MediaType::toString).hasValue("application/problem+json");
        String body = e.getResponse().getBody(String.class).orElseThrow();
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException ex) {
            throw new UncheckedIOException(body, ex);
        }
    }

    private <T> MutableHttpRequest<T> authorized(MutableHttpRequest<T> request) {
        if (token != null && request.getHeaders().getAuthorization().isEmpty()) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request;
    }
}
