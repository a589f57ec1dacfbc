package io.statewire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statewire.ingest.extract.ArticleExtractor;
import io.statewire.ingest.extract.ExtractedArticle;
import io.statewire.ingest.extract.ExtractionScore;
import io.statewire.ingest.profile.Profile;
import io.statewire.ingest.profile.Profiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Generic extraction against Mozilla Readability over the same pages, one run: token F1 against
 * {@code expected.html} and title accuracy against {@code expected-metadata.json} for both, scored by the same code,
 * and time per page (parse and extract; the JVM and node both warmed up with two rounds first).
 * {@code ExtractionBench PAGES_DIR PEER_OUT_DIR}, the second written by {@code bench/readability/peer.mjs}.
 */
public final class ExtractionBench {

    private static final String URL = "http://fakehost/test/page.html";

    private ExtractionBench() {
    }

    public static void main(String[] args) throws IOException {
        Path pagesDir = Path.of(args[0]);
        Path peerDir = Path.of(args[1]);
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(pagesDir).sorted()) {
            dirs.filter(d -> Files.exists(d.resolve("source.html")) && Files.exists(d.resolve("expected.html")))
                    .forEach(pages::add);
        }
        Profile generic = Profiles.bundled().get("generic");
        List<String> sources = new ArrayList<>();
        for (Path page : pages) {
            sources.add(Files.readString(page.resolve("source.html")));
        }
        for (int round = 0; round < 2; round++) {
            sources.forEach(html -> ArticleExtractor.extract(generic, Jsoup.parse(html, URL)));
        }
        long start = System.nanoTime();
        List<ExtractedArticle> ours = sources.stream()
                .map(html -> ArticleExtractor.extract(generic, Jsoup.parse(html, URL))).toList();
        double ourMs = (System.nanoTime() - start) / 1e6 / pages.size();

        double ourF1 = 0;
        double peerF1 = 0;
        int ourTitles = 0;
        int peerTitles = 0;
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < pages.size(); i++) {
            Path page = pages.get(i);
            String expected = Jsoup.parse(Files.readString(page.resolve("expected.html"))).text();
            String name = page.getFileName().toString();
            String peerText = read(peerDir.resolve(name + ".txt"));
            ourF1 += ExtractionScore.tokenF1(String.join(" ", ours.get(i).paragraphs()), expected);
            peerF1 += ExtractionScore.tokenF1(peerText, expected);
            Path metadata = page.resolve("expected-metadata.json");
            String title = Files.exists(metadata) ? json.readTree(metadata.toFile()).path("title").asText(null) : null;
            ourTitles += ExtractionScore.sameTitle(title, ours.get(i).title()) ? 1 : 0;
            peerTitles += ExtractionScore.sameTitle(title, read(peerDir.resolve(name + ".title"))) ? 1 : 0;
        }
        JsonNode timing = json.readTree(peerDir.resolve("timing.json").toFile());
        double peerMs = timing.path("msPerPage").asDouble();
        int n = pages.size();
        System.out.printf("extraction over %d Readability pages, scored alike:%n", n);
        System.out.printf("  statewire generic:              mean F1 %.4f, title accuracy %.3f, %.2f ms per page%n",
                ourF1 / n, ourTitles / (double) n, ourMs);
        System.out.printf("  @mozilla/readability on jsdom:  mean F1 %.4f, title accuracy %.3f, %.2f ms per page%n",
                peerF1 / n, peerTitles / (double) n, peerMs);
        System.out.printf("  speed: statewire %.1fx the peer's (goal >= 3x at no lower F1)%n", peerMs / ourMs);
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
