package io.statewire.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ActionLinksTest {

    private static boolean action(String paragraphHtml) {
        Element paragraph = Jsoup.parseBodyFragment(paragraphHtml).selectFirst("p");
        return ActionLinks.isActionLine(paragraph);
    }

    @Test
    void printShareCommentsAndReadMoreLinesAreActionsInSeveralLanguages() {
        assertThat(action("<p><a href=\"/print/12\">Printable version</a></p>")).isTrue();
        assertThat(action("<p><a href=\"?print=1\">Версия для печати</a></p>")).isTrue();
        assertThat(action("<p><a href=\"?p=1\">Распечатать</a></p>")).isTrue();
        assertThat(action("<p><a href=\"#\">Share on Telegram</a></p>")).isTrue();
        assertThat(action("<p><a href=\"/c\">Comments (5 posted)</a></p>")).isTrue();
        assertThat(action("<p><a href=\"#story-continues-1\">Continue reading the main story</a></p>")).isTrue();
        assertThat(action("<p><a href=\"/x\">Lire la suite</a></p>")).isTrue();
        assertThat(action("<p><a href=\"/x\">分享到微博</a></p>")).isTrue();
    }

    @Test
    void navigationWordsCountOnlyWhereTheyOpenTheLine() {
        assertThat(action("<p><a href=\"/\">Home</a></p>")).isTrue();
        assertThat(action("<p><a href=\"/p/11\">← Previous: Talks in Astana</a></p>")).isTrue();
        assertThat(action("<p><a href=\"/news\">Назад к списку</a></p>")).isTrue();
        assertThat(action("<p><a href=\"/r\">The Bardo museum is home to Roman treasures</a></p>")).isFalse();
        assertThat(action("<p><a href=\"/r\">Background to the talks</a></p>")).isFalse();
    }

    @Test
    void linksThatArePartOfTheTextAreNotActions() {
        assertThat(action("<p><a href=\"/r\">Related: talks on energy with Kazakhstan</a></p>")).isFalse();
        assertThat(action("<p><a href=\"/people/jane\">Jane Doe</a></p>")).isFalse();
        assertThat(action("<p>Please <a href=\"/c\">share</a> your views with the ministry in writing.</p>")).isFalse();
        assertThat(action("<p><a href=\"/x\">" + "Share ".repeat(20) + "</a></p>")).isFalse();
    }
}
