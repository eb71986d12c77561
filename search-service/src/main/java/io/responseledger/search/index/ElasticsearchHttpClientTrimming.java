package io.responseledger.search.index;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;

/**
 * Switches off two features of the HTTP client to Elasticsearch that nothing here uses and every request paid
 * for (profiles of the leader query, docs/benchmarks.md):
 * <ul>
 *   <li>the authentication cache: the low-level RestClient registers a (preemptive Basic) scheme for every node
 *   in Apache's {@code BasicAuthCache}, which keeps schemes Java-serialized and deserialized one with
 *   {@code ObjectInputStream} on every request. Nothing here authenticates by challenge: an Elasticsearch that
 *   requires credentials is given an API key as a header ({@code elasticsearch.default-headers:
 *   Authorization:ApiKey …}), which needs no cache;</li>
 *   <li>cookie handling: every request looked up a cookie spec and matched the cookie store against the
 *   target, about 2 % of the event loop's time per search; Elasticsearch sets no cookies.</li>
 * </ul>
 */
@Singleton
class ElasticsearchHttpClientTrimming implements BeanCreatedEventListener<HttpAsyncClientBuilder> {

    @Override
    public HttpAsyncClientBuilder onCreated(BeanCreatedEvent<HttpAsyncClientBuilder> event) {
        return event.getBean().disableAuthCaching().disableCookieManagement();
    }
}
