package cn.gongkai.reminders;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The one way reminders leave over HTTP: the Quarkus REST client, one client per configured address, with connect and
 * read timeouts; a refused connection, a timeout, HTTP 429 or 5xx is tried again at once a few times
 * ({@code gongkai.reminders.http.attempts}) with a short pause, before the delivery counts as failed and waits for the
 * run-level backoff. Any answer but 2xx is a failure.
 */
@ApplicationScoped
public class OutboundHttp {
    /** What the far side answered, for the robots that put their verdict in a 200's body. */
    public record Answer(int status, String body) {
    }

    /** One POST: the body and the optional header and query values (null: not sent). */
    public record Post(URI url, byte[] body, String reminderId, String signature, String timestamp, String sign) {
        static Post of(URI url, byte[] body) {
            return new Post(url, body, null, null, null, null);
        }
    }

    private final Map<URI, JsonEndpoint> clients = new ConcurrentHashMap<>();

    @ConfigProperty(name = "gongkai.reminders.http.connect-timeout", defaultValue = "3s")
    Duration connectTimeout;
    @ConfigProperty(name = "gongkai.reminders.http.read-timeout", defaultValue = "5s")
    Duration readTimeout;
    @ConfigProperty(name = "gongkai.reminders.http.attempts", defaultValue = "3")
    int attempts;
    @ConfigProperty(name = "gongkai.reminders.http.retry-pause", defaultValue = "200ms")
    Duration retryPause;

    public Answer post(Post post) throws Exception {
        JsonEndpoint endpoint = clients.computeIfAbsent(post.url(), url -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(url)
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .build(JsonEndpoint.class));
        Exception last = null;
        for (int attempt = 1; attempt <= Math.max(1, attempts); attempt++) {
            if (attempt > 1) {
                Thread.sleep(retryPause.toMillis() * (1L << (attempt - 2)));
            }
            try {
                RestResponse<String> response = endpoint.post(post.body(), post.reminderId(), post.signature(),
                        post.timestamp(), post.sign());
                int status = response.getStatus();
                if (status / 100 == 2) {
                    return new Answer(status, response.getEntity());
                }
                last = new IllegalStateException(post.url().getHost() + " answered HTTP " + status);
                if (!worthRetrying(status)) {
                    break;
                }
            } catch (WebApplicationException e) {
                int status = e.getResponse().getStatus();
                last = new IllegalStateException(post.url().getHost() + " answered HTTP " + status);
                if (!worthRetrying(status)) {
                    break;
                }
            } catch (ProcessingException e) {
                // refused, reset or timed out: the message may or may not have arrived; its id lets the far side tell
                last = new IllegalStateException(post.url().getHost() + " unreachable: " + rootMessage(e), e);
            }
        }
        throw last;
    }

    private static boolean worthRetrying(int status) {
        return status == 429 || status / 100 == 5;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
