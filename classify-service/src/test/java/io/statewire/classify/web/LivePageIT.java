package io.statewire.classify.web;

import static io.statewire.classify.web.SampleStatements.statement;
import static io.statewire.classify.web.SampleStatements.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.statewire.contracts.Statement;
import io.statewire.testing.KafkaBrokerResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live page in headless Chromium (Debian's chromium and chromium-driver) against a real broker: statements
 * written to {@code press.statements} appear on the open page, and the filter controls and the address's filters
 * hide those that do not match.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
class LivePageIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "quarkus.http.test-port")
    int httpPort;

    @Inject
    StatementFeed feed;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private Path profile;
    private WebDriver browser;
    private WebDriverWait waiting;

    @BeforeAll
    static void requireChromium() {
        List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).toList();
        if (!missing.isEmpty()) {
            fail("LivePageIT drives the page in headless Chromium but " + missing + " is missing: install chromium "
                    + "and chromium-driver (apt-get install -y chromium chromium-driver)");
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("statewire-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1200,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        waiting = new WebDriverWait(browser, WAIT);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void aPublishedStatementAppearsAndChoosingAnotherTopicHidesIt() {
        String release = "it:page-" + run;
        Statement gas = statement(release, 0, "Gas <em>supplies</em> & \"prices\" stay stable.",
                List.of(topic("energy", "gas", "supplies")), List.of("FR"), List.of("EU"));
        Statement troops = statement(release, 1, "Troops leave the border.", List.of(topic("defence", "troops")),
                List.of("DE"), List.of("NATO"));
        int listening = feed.listeners();
        browser.get(page(""));
        until("the page to connect to the stream",
                d -> "live".equals(d.findElement(By.id("status")).getAttribute("data-state")));
        await().atMost(WAIT).until(() -> feed.listeners() > listening);

        StatementsTopic.publish(gas, troops);

        WebElement shownGas = until("the energy statement to appear", d -> visible(d, gas));
        WebElement shownTroops = until("the defence statement to appear", d -> visible(d, troops));
        assertThat(shownGas.findElement(By.className("text")).getText())
                .isEqualTo("Gas <em>supplies</em> & \"prices\" stay stable.");
        assertThat(shownGas.findElements(By.tagName("em"))).isEmpty();
        assertThat(shownGas.findElement(By.className("speaker")).getText()).isEqualTo(gas.speaker());
        WebElement link = shownGas.findElement(By.className("release"));
        assertThat(link.getText()).isEqualTo(gas.title());
        assertThat(link.getAttribute("href")).isEqualTo(gas.url());
        assertThat(shownGas.findElement(By.className("published")).getAttribute("datetime"))
                .isEqualTo(gas.publishedAt());
        assertThat(shownGas.findElement(By.className("topic")).getText())
                .contains("Energy", "0.75", "matched: gas, supplies");
        assertThat(shownGas.findElement(By.className("places")).getText()).isEqualTo("FR");
        assertThat(shownGas.findElement(By.className("organisations")).getText()).isEqualTo("EU");
        assertThat(shownTroops.isDisplayed()).isTrue();

        new Select(browser.findElement(By.id("filter-topic"))).selectByValue("defence");

        until("the topic filter to hide the energy statement", d -> !article(d, gas).isDisplayed());
        assertThat(article(browser, troops).isDisplayed()).isTrue();
        assertThat(browser.getCurrentUrl()).endsWith("/?topic=defence");
    }

    @Test
    void filtersInTheAddressApplyToTheRecentStatements() {
        String release = "it:page-recent-" + run;
        Statement gas = statement(release, 0, "Gas for France.", List.of(topic("energy", "gas")), List.of("FR"),
                List.of());
        Statement tariffs = statement(release, 1, "Tariffs for France.", List.of(topic("trade", "tariffs")),
                List.of("FR"), List.of("WTO"));
        StatementsTopic.publish(gas, tariffs);
        await().atMost(WAIT).until(() -> feed.newest(new StatementFilter(null, null, "WTO"), 1000).contains(tariffs));

        browser.get(page("?topic=trade&place=FR"));

        until("the recent trade statement to be shown", d -> visible(d, tariffs));
        assertThat(article(browser, gas).isDisplayed()).isFalse();
        assertThat(new Select(browser.findElement(By.id("filter-topic"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("trade");

        new Select(browser.findElement(By.id("filter-topic"))).selectByValue("");
        until("clearing the topic filter to show the energy statement", d -> article(d, gas).isDisplayed());
        assertThat(browser.getCurrentUrl()).endsWith("/?place=FR");
    }

    private <T> T until(String what, Function<WebDriver, T> condition) {
        return waiting.withMessage("waited " + WAIT.toSeconds() + " s for " + what).until(condition);
    }

    private String page(String query) {
        return "http://localhost:" + httpPort + "/" + query;
    }

    private static WebElement article(WebDriver driver, Statement statement) {
        return driver.findElement(By.cssSelector("article[data-statement-id='" + statement.statementId() + "']"));
    }

    /** The statement's article once it is shown, else null (so that a wait goes on). */
    private static WebElement visible(WebDriver driver, Statement statement) {
        List<WebElement> found = driver.findElements(
                By.cssSelector("article[data-statement-id='" + statement.statementId() + "']"));
        return found.size() == 1 && found.get(0).isDisplayed() ? found.get(0) : null;
    }
}
