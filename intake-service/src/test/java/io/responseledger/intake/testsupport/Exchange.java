package io.responseledger.intake.testsupport;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

/** Sends a request and returns the response whatever its status, as a client that reads every answer. */
public final class Exchange {

    private Exchange() {
    }

    public static HttpResponse<?> send(HttpClient client, HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }

    public static String body(HttpResponse<?> response) {
        return response.getBody(String.class).orElse("");
    }
}
