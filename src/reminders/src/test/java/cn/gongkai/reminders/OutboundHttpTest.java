package cn.gongkai.reminders;

import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The REST client's timeouts and retries, against a local HTTP server answering as told. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class OutboundHttpTest {
    @Inject
    OutboundHttp http;

    HttpServer server;
    final List<Integer> answers = new CopyOnWriteArrayList<>();
    final AtomicInteger requests = new AtomicInteger();
    volatile long delayMillis;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int n = requests.getAndIncrement();
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int status = n < answers.size() ? answers.get(n) : 200;
            byte[] out = ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    OutboundHttp.Post post() {
        return OutboundHttp.Post.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook"),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aServerErrorIsTriedAgainUntilItAnswers() throws Exception {
        answers.addAll(List.of(503, 502));

        OutboundHttp.Answer answer = http.post(post());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"n\":2}");
        assertThat(requests).hasValue(3);
    }

    @Test
    void aRefusalIsNotTriedAgain() {
        answers.addAll(List.of(400, 200));

        assertThatThrownBy(() -> http.post(post())).hasMessageContaining("HTTP 400");
        assertThat(requests).hasValue(1);
    }

    @Test
    void aServerThatNeverAnswersTimesOutOnEveryTry() {
        delayMillis = 1500; // read timeout in tests: 500 ms
        long started = System.nanoTime();

        assertThatThrownBy(() -> http.post(post())).hasMessageContaining("unreachable");

        assertThat((System.nanoTime() - started) / 1_000_000).as("three tries of 500 ms, not three of 1.5 s").isLessThan(3000);
        assertThat(requests).hasValue(3);
    }

    @Test
    void nobodyListeningFailsAfterTheTries() {
        server.stop(0);

        assertThatThrownBy(() -> http.post(post())).hasMessageContaining("unreachable");
    }
}
