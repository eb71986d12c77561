package io.responseledger.search.index;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;

/**
 * Switches off the HTTP client's authentication cache on the connection to Elasticsearch. The low-level
 * RestClient registers a (preemptive Basic) scheme for every node in Apache's {@code BasicAuthCache}, which keeps
 * schemes Java-serialized and deserializes one on every request: a profile of the leader query showed
 * {@code ObjectInputStream} on the request path of every search. Nothing here authenticates by challenge: an
 * Elasticsearch that requires credentials is given an API key as a header
 * ({@code elasticsearch.default-headers: Authorization:ApiKey …}), which needs no cache.
 */
@Singleton
class NoAuthCacheForElasticsearch implements BeanCreatedEventListener<HttpAsyncClientBuilder> {

    @Override
    public HttpAsyncClientBuilder onCreated(BeanCreatedEvent<HttpAsyncClientBuilder> event) {
        return event.getBean().disableAuthCaching();
    }
}
