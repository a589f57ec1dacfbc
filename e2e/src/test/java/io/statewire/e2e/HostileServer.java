package io.statewire.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web server that misbehaves, for tests: plain sockets on one loopback address (so that it is a host of its own
 * for the fetcher's per-host politeness) and a free port. {@code /robots.txt} gets a plain 404 (everything
 * allowed); every other request is handed to the server's {@link Behaviour}, which writes whatever bytes it likes,
 * and the connection is closed after it. Counts the requests other than robots.txt.
 */
final class HostileServer implements AutoCloseable {

    /** Answers one request by writing raw bytes to the socket (or not). */
    @FunctionalInterface
    interface Behaviour {
        void answer(String path, Socket socket) throws IOException;
    }

    private static final int MAX_REQUEST_HEAD = 16 * 1024;

    private final String name;
    private final ServerSocket listener;
    private final Behaviour behaviour;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();

    private HostileServer(String name, ServerSocket listener, Behaviour behaviour) {
        this.name = name;
        this.listener = listener;
        this.behaviour = behaviour;
    }

    /** Starts a server called {@code name} on {@code address} (such as 127.0.0.5) and a free port. */
    static HostileServer start(String name, String address, Behaviour behaviour) throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
        HostileServer server = new HostileServer(name, listener, behaviour);
        Thread acceptor = new Thread(server::accept, "hostile-" + name);
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    String name() {
        return name;
    }

    URI url(String path) {
        String host = listener.getInetAddress().getHostAddress();
        return URI.create("http://" + host + ":" + listener.getLocalPort() + path);
    }

    /** Requests answered so far, robots.txt not counted. */
    int requests() {
        return requests.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                open.add(socket);
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(10_000);
            String path = requestPath(socket.getInputStream());
            if (path == null) {
                return;
            }
            if (path.equals("/robots.txt")) {
                respond(socket.getOutputStream(), "404 Not Found", Map.of("Content-Type", "text/plain"),
                        "no robots.txt".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            requests.incrementAndGet();
            behaviour.answer(path, socket);
        } catch (IOException e) {
            // the client hung up or the server is closing: both are part of the game
        } finally {
            open.remove(socket);
        }
    }

    /** The path of the request line, after reading the whole request head; null when the client sent none. */
    private static String requestPath(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length && head.size() < MAX_REQUEST_HEAD) {
            int next = in.read();
            if (next < 0) {
                return null;
            }
            head.write(next);
            matched = next == end[matched] ? matched + 1 : (next == '\r' ? 1 : 0);
        }
        String[] requestLine = head.toString(StandardCharsets.ISO_8859_1).split("\r\n", 2)[0].split(" ");
        return requestLine.length < 2 ? null : URI.create(requestLine[1]).getPath();
    }

    /** Writes a complete answer with a Content-Length and {@code Connection: close}. */
    static void respond(OutputStream out, String status, Map<String, String> headers, byte[] body) throws IOException {
        writeHead(out, status, headers, body.length);
        out.write(body);
        out.flush();
    }

    /** Writes the status line and headers; {@code contentLength} below zero writes none. */
    static void writeHead(OutputStream out, String status, Map<String, String> headers, long contentLength)
            throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (contentLength >= 0) {
            head.append("Content-Length: ").append(contentLength).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (SocketException ignored) {
                // already gone
            }
        }
        connections.shutdownNow();
    }
}
