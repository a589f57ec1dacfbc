package io.statewire.ingest.fetch;

import static io.statewire.ingest.LoopbackServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.statewire.ingest.LoopbackServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on loopback that misbehaves in the ways hostile sites do. */
class PageFetcherIT {

    private static final String AGENT = "StatewireTest/1.0";
    private LoopbackServer server;
    private PageFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = LoopbackServer.start();
        fetcher = new PageFetcher(new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(2), 1024 * 1024, 5));
    }

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void fetchesAPageAndFollowsARedirect() throws Exception {
        serve("/page", exchange -> respond(exchange, 200, "text/html; charset=utf-8", "<p>Привет</p>".getBytes(StandardCharsets.UTF_8)));
        serve("/moved", exchange -> redirect(exchange, "/page"));
        FetchedPage page = fetcher.fetch(url("/moved"), AGENT, true);
        assertThat(page.body()).isEqualTo("<p>Привет</p>");
        assertThat(page.url().getPath()).isEqualTo("/page");
    }

    @Test
    void asksConditionallyWithTheLastValidators() throws Exception {
        serve("/release", exchange -> {
            if ("\"r1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("ETag", "\"r1\"");
            exchange.getResponseHeaders().add("Last-Modified", "Sun, 29 Jan 2023 13:05:00 GMT");
            respond(exchange, 200, "text/html", "<p>text</p>".getBytes(StandardCharsets.UTF_8));
        });
        FetchedPage first = fetcher.fetch(url("/release"), AGENT, true);
        assertThat(first.etag()).isEqualTo("\"r1\"");
        assertThat(first.lastModified()).isEqualTo("Sun, 29 Jan 2023 13:05:00 GMT");
        FetchedPage again = fetcher.fetch(url("/release"), AGENT, true, first.etag(), first.lastModified());
        assertThat(again.notModified()).isTrue();
        assertThat(again.body()).isNull();
    }

    @Test
    void refusesLoopbackUnlessTheSourceAllowsIt() {
        serve("/page", exchange -> respond(exchange, 200, "text/html", "<p>x</p>".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> fetcher.fetch(url("/page"), AGENT, false)).hasMessageContaining("non-public address");
    }

    @Test
    void stopsARedirectLoop() {
        serve("/a", exchange -> redirect(exchange, "/b"));
        serve("/b", exchange -> redirect(exchange, "/a"));
        assertThatThrownBy(() -> fetcher.fetch(url("/a"), AGENT, true)).hasMessageContaining("more than 5 redirects");
    }

    @Test
    void cutsOffAnOversizedBodyAndAGzipBomb() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        serve("/big", exchange -> respond(exchange, 200, "text/html", big));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            for (int i = 0; i < 64; i++) {
                gzip.write(big);
            }
        }
        serve("/bomb", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            respond(exchange, 200, "text/html", zipped.toByteArray());
        });
        assertThat(zipped.size()).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> fetcher.fetch(url("/big"), AGENT, true)).hasMessageContaining("body larger than");
        assertThatThrownBy(() -> fetcher.fetch(url("/bomb"), AGENT, true)).hasMessageContaining("after decompression");
    }

    @Test
    void cutsOffASlowDrip() {
        serve("/drip", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException | IOException e) {
                // the client hung up, as it should
            }
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(url("/drip"), AGENT, true)).hasMessageContaining("not complete within 2 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void reportsABodyCutShortAndABrokenGzipBody() throws Exception {
        serve("/not-gzip", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            respond(exchange, 200, "text/html", "<p>plain</p>".getBytes(StandardCharsets.UTF_8));
        });
        assertThatThrownBy(() -> fetcher.fetch(url("/not-gzip"), AGENT, true))
                .hasMessageContaining("/not-gzip: body is not valid gzip");
        try (ServerSocket cutting = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                try (Socket socket = cutting.accept()) {
                    socket.getInputStream().read(new byte[4096]);
                    OutputStream out = socket.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(new byte[2_000]);
                    out.flush();
                } catch (IOException e) {
                    // the test fails on what the fetcher reports
                }
            });
            answer.start();
            URI cut = URI.create("http://127.0.0.1:" + cutting.getLocalPort() + "/cut");
            assertThatThrownBy(() -> fetcher.fetch(cut, AGENT, true))
                    .hasMessageContaining("/cut: connection lost after 2000 bytes of the body");
            answer.join();
        }
    }

    @Test
    void refusesBinaryBodiesAndErrors() {
        serve("/pdf", exchange -> respond(exchange, 200, "application/pdf", new byte[] {'%', 'P', 'D', 'F'}));
        serve("/error", exchange -> respond(exchange, 500, "text/html", "<p>oops</p>".getBytes(StandardCharsets.UTF_8)));
        byte[] png = new byte[32 * 1024];
        new Random(3).nextBytes(png);
        serve("/png-as-html", exchange -> respond(exchange, 200, "text/html", png));
        assertThatThrownBy(() -> fetcher.fetch(url("/pdf"), AGENT, true)).hasMessageContaining("unsupported content type");
        assertThatThrownBy(() -> fetcher.fetch(url("/png-as-html"), AGENT, true))
                .hasMessageContaining("/png-as-html: not text but binary");
        assertThatThrownBy(() -> fetcher.fetch(url("/error"), AGENT, true)).hasMessageContaining("HTTP 500");
    }

    @Test
    void readsTheCharsetFromTheMetaTagWhenTheHeaderHasNone() throws Exception {
        Charset cp1251 = Charset.forName("windows-1251");
        serve("/ru", exchange -> respond(exchange, 200, "text/html",
                "<html><head><meta charset=\"windows-1251\"></head><body><p>Заявление МИД</p></body></html>".getBytes(cp1251)));
        assertThat(fetcher.fetch(url("/ru"), AGENT, true).body()).contains("Заявление МИД");
    }

    @Test
    void sendsTheUserAgentAndRecognisesAChallenge() {
        serve("/challenge", exchange -> {
            String agent = exchange.getRequestHeaders().getFirst("User-Agent");
            respond(exchange, 200, "text/html", ("<script>window[\"bobcmn\"] = \"1\";</script><p>Please, wait " + agent
                    + "</p>").getBytes(StandardCharsets.UTF_8));
        });
        assertThatThrownBy(() -> fetcher.fetch(url("/challenge"), AGENT, true)).isInstanceOf(ChallengeException.class);
    }

    private URI url(String path) {
        return server.url(path);
    }

    private void serve(String path, HttpHandler handler) {
        server.handle(path, handler);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

}
