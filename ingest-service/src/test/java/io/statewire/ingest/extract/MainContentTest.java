package io.statewire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainContentTest {

    private static final String LONG = "The ministers discussed trade, energy, transport and the fight against terrorism, "
            + "and agreed to meet again in the spring.";

    private static List<String> blocks(String body, String title) {
        return MainContent.blocks(Jsoup.parse("<html><head><title>t</title></head><body>" + body + "</body></html>"), title);
    }

    @Test
    void looseTextAndLineBreakRunsBecomeParagraphsInPageOrder() {
        List<String> blocks = blocks("""
                <div id="main"><div>First line<br>same paragraph, %s<br><br>Second paragraph, %s</div>
                <div>Third paragraph, %s</div></div>""".formatted(LONG, LONG, LONG), null);
        assertThat(blocks).containsExactly("First line same paragraph, " + LONG, "Second paragraph, " + LONG,
                "Third paragraph, " + LONG);
    }

    @Test
    void hiddenNodesNeverCount() {
        List<String> blocks = blocks("""
                <article><p>Visible one, %s</p><p style="display: none">Hidden by style, %s</p>
                <p hidden>Hidden by attribute, %s</p><p>Visible two <span aria-hidden="true">icon</span>, %s</p>
                <p style="visibility:hidden">Invisible, %s</p></article>""".formatted(LONG, LONG, LONG, LONG, LONG), null);
        assertThat(blocks).containsExactly("Visible one, " + LONG, "Visible two , " + LONG);
    }

    @Test
    void chromeStaysOutEvenAroundAShortArticle() {
        List<String> blocks = blocks("""
                <header><div class="menu"><a href="/">Home</a> <a href="/press">Press</a></div></header>
                <nav><ul><li><a href="/a">About the ministry and its many departments, offices and agencies</a></li></ul></nav>
                <div class="content"><article>
                  <h1>Statement on the earthquake</h1>
                  <p>We offer our condolences to the people of Westland.</p>
                  <div class="share-tools"><a href="#">Telegram</a> <a href="#">E-mail</a> Share this statement</div>
                  <p><a href="?print=1">Print version</a></p>
                </article>
                <div class="related-news"><p>Earlier: talks with the Prime Minister of Eastland on trade, energy, transport,
                   culture, education, science, tourism, sport and health, which lasted three hours.</p></div>
                <div id="comments"><p>Reader one wrote: this is a long comment with many words, commas, and opinions, and
                   more opinions, and even more, about everything.</p></div>
                </div>
                <aside><p>Most read: the minister's speech at the assembly, with many, many, many commas.</p></aside>
                <footer><p>© Ministry. Materials may be reused with a link to the source.</p></footer>""",
                "Statement on the earthquake");
        assertThat(blocks).containsExactly("We offer our condolences to the people of Westland.");
    }

    @Test
    void dataTablesKeepTheirRowsAndOtherHeadingsKeepTheirPlace() {
        List<String> blocks = blocks("""
                <div class="post"><h2>Talks in Astana</h2><p>%s</p><h3>Figures</h3>
                <table><thead><tr><th>Year</th><th>Trade</th></tr></thead>
                <tbody><tr><td>2025</td><td>12.5</td></tr><tr><td>2026</td><td>14.1</td></tr></tbody></table>
                <p>Closing paragraph, %s</p></div>""".formatted(LONG, LONG), "Talks in Astana");
        assertThat(blocks).containsExactly(LONG, "Figures", "Year Trade", "2025 12.5", "2026 14.1",
                "Closing paragraph, " + LONG);
    }

    @Test
    void theBestContainerWinsOverALinkList() {
        StringBuilder links = new StringBuilder("<div class=\"block\"><ul>");
        for (int i = 0; i < 20; i++) {
            links.append("<li><a href=\"/news/").append(i).append("\">Another release about trade, energy and transport number ")
                    .append(i).append("</a></li>");
        }
        links.append("</ul></div>");
        List<String> blocks = blocks(links + "<div class=\"block\"><p>" + LONG + "</p><p>" + LONG + "</p></div>", null);
        assertThat(blocks).containsExactly(LONG, LONG);
    }

    @Test
    void theTitleHeadingAndTheBylineLeaveTheTextOtherHeadingsStay() {
        List<String> blocks = blocks("""
                <article><h1>Talks in Astana</h1><div class="byline">By Jane Doe, Staff Writer</div>
                <p>%s</p><h2>Talks in Astana: the figures</h2><p>Closing paragraph, %s</p>
                <p class="author">Author: Jane Doe</p></article>""".formatted(LONG, LONG), "Talks in Astana");
        assertThat(blocks).containsExactly(LONG, "Talks in Astana: the figures", "Closing paragraph, " + LONG,
                "Author: Jane Doe");
    }

    @Test
    void shortLinesCaptionsCodeAndDefinitionsStayWhileLinkyShortBlocksGo() {
        List<String> blocks = blocks("""
                <div class="post"><p>%1$s</p><p>%1$s</p><p>%1$s</p><p>%1$s</p>
                <div><div>“Yes.”</div></div>
                <div class="thumb"><img src="a.png"><div class="caption">Minister Doe</div></div>
                <div class="highlight"><pre>$ hg init</pre></div>
                <dl><dd>Proof: by definition.</dd></dl>
                <div><a href="/tags/energy">Energy</a></div>
                <div class="hatnote">Main article: <a href="/talks">Talks</a></div>
                <p>%1$s</p></div>""".formatted(LONG), null);
        assertThat(blocks).containsExactly(LONG, LONG, LONG, LONG, "“Yes.”", "Minister Doe", "$ hg init",
                "Proof: by definition.", LONG);
    }

    @Test
    void actionLinksPlaceholdersControlsAndGraphicLabelsStayOut() {
        StringBuilder labels = new StringBuilder("<div class=\"chart\"><img src=\"chart.png\">");
        for (int year = 2017; year <= 2024; year++) {
            labels.append("<div><p>").append(year).append("</p></div>");
        }
        labels.append("</div>");
        List<String> blocks = blocks("""
                <div class="post"><p>%1$s</p><p>%1$s</p><p>%1$s</p><p>%1$s</p>
                <p><a href="?print=1">Print version</a></p><p><a href="/news/12">Related: talks with Eastland</a></p>
                <div><p>Advertisement</p></div>
                <div class="player"><div role="button">Play Video</div><div role="slider">Progress: 0</div></div>
                %2$s<p>%1$s</p></div>""".formatted(LONG, labels), null);
        assertThat(blocks).containsExactly(LONG, LONG, LONG, LONG, "Related: talks with Eastland", LONG);
    }

    @Test
    void aLayoutTableGivesItsTextColumnNotItsSidebar() {
        StringBuilder sidebar = new StringBuilder("<table>");
        for (int i = 1; i <= 12; i++) {
            sidebar.append("<tr><td><b>Today, item ").append(i).append("</b><br><br><a href=\"/d/").append(i)
                    .append("\">Anniversary of the founding of the ministry, in 1802</a></td></tr>");
        }
        sidebar.append("</table>");
        List<String> blocks = blocks("""
                <table><tr><td><a href="/">Home</a></td>
                <td><p>%1$s</p><p>%1$s</p><p>%1$s</p><p>%1$s</p><p>%1$s</p></td>
                <td>%2$s</td></tr></table>""".formatted(LONG, sidebar), null);
        assertThat(blocks).containsExactly(LONG, LONG, LONG, LONG, LONG);
    }

    @Test
    void aHeadingLeftAloneOverDroppedChromeGoesWithIt() {
        List<String> blocks = blocks("""
                <div class="post"><p>%1$s</p><p>%1$s</p><p>%1$s</p>
                <div class="box"><h3>Other people are reading</h3><ul>
                  <li><a href="/a"><img src="a.jpg"> Talks with Eastland</a></li>
                  <li><a href="/b"><img src="b.jpg"> Trade with Westland</a></li></ul></div>
                <div class="box"><h3>Figures</h3><p>%1$s</p></div>
                <p>%1$s</p></div>""".formatted(LONG), null);
        assertThat(blocks).containsExactly(LONG, LONG, LONG, "Figures", LONG, LONG);
    }

    @Test
    void softHyphensAndZeroWidthSpacesDoNotSplitWords() {
        List<String> blocks = blocks("<article><p>President Vladi&shy;mir Putin and Netan\u200Byahu, %s</p></article>"
                .formatted(LONG), null);
        assertThat(blocks).containsExactly("President Vladimir Putin and Netanyahu, " + LONG);
    }

    @Test
    void aMedianIsNoMediaBoxAndAnAuthorAnchorInVerbatimTextIsNoByline() {
        List<String> blocks = blocks("""
                <article><p>%1$s</p><h3 id="use-median">Use the median</h3><p>%1$s</p>
                <pre>[<a name="ref-AUTHORING" id="ref-AUTHORING">AUTHORING</a>] "Web authoring", 2014.</pre>
                <p>%1$s</p></article>""".formatted(LONG), null);
        assertThat(blocks).containsExactly(LONG, "Use the median", LONG, "[AUTHORING] \"Web authoring\", 2014.", LONG);
    }

    @Test
    void aLinkToNothingStandingAloneIsAButtonButInsideASentenceItsWordsStay() {
        List<String> blocks = blocks("""
                <article><p>%1$s</p><p><a href="#">Show all 50 photos of the visit</a></p>
                <p>The <a href="#">minister</a> spoke, %1$s</p></article>""".formatted(LONG), null);
        assertThat(blocks).containsExactly(LONG, "The minister spoke, " + LONG);
    }

    @Test
    void aPageWithoutParagraphsGivesNothing() {
        assertThat(blocks("<div><a href=\"/\">Home</a></div>", null)).isEmpty();
    }
}
