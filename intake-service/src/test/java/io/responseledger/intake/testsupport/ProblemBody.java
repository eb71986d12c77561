package io.responseledger.intake.testsupport;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** An application/problem+json answer as a client reads it. */
public record ProblemBody(String contentType, Map<String, Object> json) {

    public static ProblemBody of(HttpResponse<?> response, ObjectMapper objectMapper) {
        String body = response.getBody(String.class).orElseThrow(() -> new AssertionError("no problem body"));
        try {
            return new ProblemBody(response.getContentType().map(Object::toString).orElse(null),
                    objectMapper.readValue(body, Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException("problem body is not JSON: " + body, e);
        }
    }

    public Object status() {
        return json.get("status");
    }

    public String title() {
        return (String) json.get("title");
    }

    public String detail() {
        return (String) json.get("detail");
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, String>> violations() {
        return (List<Map<String, String>>) json.getOrDefault("violations", List.of());
    }

    public List<String> violatedFields() {
        return violations().stream().map(v -> v.get("field")).toList();
    }

    public String messageFor(String field) {
        return violations().stream()
                .filter(v -> field.equals(v.get("field")))
                .map(v -> v.get("message"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no violation for " + field + " in " + json));
    }
}
