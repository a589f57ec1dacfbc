package io.statewire.e2e;

import static io.statewire.e2e.HostileServer.respond;
import static io.statewire.e2e.HostileServer.writeHead;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;

/**
 * What hostile web servers do, as {@link HostileServer.Behaviour}s: trickle a page byte by byte, send an endless
 * body, a gzip bomb, redirect in a circle, reset the connection in the middle of a body, answer 500 or 503, or serve
 * a feed whose pages are binary or labelled with the wrong charset.
 */
final class Misbehaviours {

    private static final Map<String, String> HTML = Map.of("Content-Type", "text/html");

    private Misbehaviours() {
    }

    /** A 200 whose body comes one byte every {@code pause}, for ten minutes at most. */
    static HostileServer.Behaviour slowDrip(Duration pause) {
        return (path, socket) -> {
            OutputStream out = socket.getOutputStream();
            writeHead(out, "200 OK", HTML, -1);
            out.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
            long end = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (System.nanoTime() < end) {
                out.write('x');
                out.flush();
                sleep(pause);
            }
        };
    }

    /** A chunked HTML body of {@code bytes} bytes, written as fast as the client reads it. */
    static HostileServer.Behaviour hugeBody(long bytes) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        byte[] chunkHead = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        return (path, socket) -> {
            OutputStream out = socket.getOutputStream();
            Map<String, String> headers = new LinkedHashMap<>(HTML);
            headers.put("Transfer-Encoding", "chunked");
            writeHead(out, "200 OK", headers, -1);
            for (long sent = 0; sent < bytes; sent += chunk.length) {
                out.write(chunkHead);
                out.write(chunk);
                out.write('\r');
                out.write('\n');
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        };
    }

    /** A small gzip-encoded HTML body that inflates to {@code inflatedMiB} MiB of spaces. */
    static HostileServer.Behaviour gzipBomb(int inflatedMiB) {
        byte[] bomb = gzipOfSpaces(inflatedMiB);
        Map<String, String> headers = Map.of("Content-Type", "text/html; charset=utf-8", "Content-Encoding", "gzip");
        return (path, socket) -> respond(socket.getOutputStream(), "200 OK", headers, bomb);
    }

    /** The gzip bomb's compressed bytes: one member of 1 MiB of spaces, repeated (readers inflate every member). */
    static byte[] gzipOfSpaces(int inflatedMiB) {
        try {
            ByteArrayOutputStream member = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(member)) {
                byte[] spaces = new byte[1024 * 1024];
                Arrays.fill(spaces, (byte) ' ');
                gzip.write(spaces);
            }
            ByteArrayOutputStream bomb = new ByteArrayOutputStream();
            for (int i = 0; i < inflatedMiB; i++) {
                member.writeTo(bomb);
            }
            return bomb.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Redirects {@code /a} to {@code /b} and everything else to {@code /a}: a circle. */
    static HostileServer.Behaviour redirectLoop() {
        return (path, socket) -> respond(socket.getOutputStream(), "302 Found",
                Map.of("Location", path.equals("/a") ? "/b" : "/a"), new byte[0]);
    }

    /** Promises 100,000 bytes, sends 2,000 and resets the connection (TCP RST). */
    static HostileServer.Behaviour resetMidBody() {
        return (path, socket) -> {
            OutputStream out = socket.getOutputStream();
            writeHead(out, "200 OK", HTML, 100_000);
            byte[] part = new byte[2_000];
            Arrays.fill(part, (byte) 'p');
            out.write(part);
            out.flush();
            sleep(Duration.ofMillis(100));
            socket.setSoLinger(true, 0);
            socket.close();
        };
    }

    /** Always the same status, headers and HTML body. */
    static HostileServer.Behaviour status(String status, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(HTML);
        all.putAll(headers);
        byte[] body = ("<html><body><h1>" + status + "</h1></body></html>").getBytes(StandardCharsets.US_ASCII);
        return (path, socket) -> respond(socket.getOutputStream(), status, all, body);
    }

    /** Always these bytes with this content type. */
    static HostileServer.Behaviour content(String contentType, byte[] body) {
        return (path, socket) -> respond(socket.getOutputStream(), "200 OK", Map.of("Content-Type", contentType), body);
    }

    /**
     * A well-formed RSS feed at {@code /feed.xml} listing the given pages, and each page as given (its content type
     * and bytes); any other path is a 404.
     */
    static HostileServer.Behaviour feedOf(Map<String, Page> pages) {
        return (path, socket) -> {
            OutputStream out = socket.getOutputStream();
            if (path.equals("/feed.xml")) {
                String host = "http://" + socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort();
                StringBuilder items = new StringBuilder();
                pages.keySet().forEach(page -> items.append("<item><title>").append(page).append("</title><link>")
                        .append(host).append(page).append("</link></item>\n"));
                String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>"
                        + "Press releases</title>\n" + items + "</channel></rss>\n";
                respond(out, "200 OK", Map.of("Content-Type", "application/rss+xml; charset=utf-8"),
                        rss.getBytes(StandardCharsets.UTF_8));
            } else if (pages.containsKey(path)) {
                respond(out, "200 OK", Map.of("Content-Type", pages.get(path).contentType()), pages.get(path).body());
            } else {
                respond(out, "404 Not Found", HTML, new byte[0]);
            }
        };
    }

    /** One page of {@link #feedOf}. */
    record Page(String contentType, byte[] body) {
    }

    /** A PNG of random pixels: binary bytes that compress badly, {@code side} pixels square. */
    static byte[] noisePng(int side) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration pause) throws IOException {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
