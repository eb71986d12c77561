package io.responseledger.cases.importing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.serde.ObjectMapper;
import io.responseledger.cases.support.CasesApi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The import API as a client uses it: upload, then follow the import until it ends. */
final class ImportApi {

    private final CasesApi api;
    private final ObjectMapper json;

    ImportApi(CasesApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    static MutableHttpRequest<MultipartBody> upload(String fileName, byte[] content) {
        MediaType type = fileName.endsWith(".xlsx")
                ? MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : MediaType.of("text/csv");
        return HttpRequest.POST("/api/v1/imports", MultipartBody.builder().addPart("file", fileName, type, content)
                .build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    /** Uploads and answers the 202 body. */
    Map<String, Object> start(String fileName, byte[] content) {
        HttpResponse<String> response = api.send(upload(fileName, content));
        assertThat(response.getStatus().getCode()).as(response.body()).isEqualTo(202);
        Map<String, Object> body = read(response.body());
        assertThat(response.header("Location")).isEqualTo("/api/v1/imports/" + body.get("id"));
        return body;
    }

    Map<String, Object> get(Object id, String query) {
        HttpResponse<String> response = api.send(HttpRequest.GET("/api/v1/imports/" + id + "?" + query));
        assertThat(response.getStatus().getCode()).as(response.body()).isEqualTo(200);
        return read(response.body());
    }

    /** Waits until the import has ended, and answers it. */
    Map<String, Object> awaitEnd(Object id, Duration atMost) {
        return await().atMost(atMost).pollInterval(Duration.ofMillis(100))
                .until(() -> get(id, "size=500"), view -> !"QUEUED".equals(view.get("status"))
                        && !"RUNNING".equals(view.get("status")));
    }

    Map<String, Object> importAndWait(String fileName, byte[] content) {
        return awaitEnd(start(fileName, content).get("id"), Duration.ofSeconds(60));
    }

    private Map<String, Object> read(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(body, e);
        }
    }
}
