package io.statewire.classify.web;

import static io.statewire.classify.web.SampleStatements.statement;
import static io.statewire.classify.web.SampleStatements.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statewire.contracts.EventJson;
import io.statewire.contracts.InvalidEventException;
import io.statewire.contracts.Statement;
import io.statewire.contracts.StatementHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class ReadStatementTest {

    private final Statement energy = statement("r-1", 0, "Gas prices.", List.of(topic("energy"), topic("trade")),
            List.of("FR", "DE"), List.of("EU"));

    @Test
    void withTheCodeHeadersTheCodesComeFromThemAndTheValueIsReadWhenShown() {
        ReadStatement read = ReadStatement.of(EventJson.write(energy), StatementHeaders.of(energy), "test");

        assertThat(read.topicCodes()).containsExactly("energy", "trade");
        assertThat(read.places()).containsExactly("FR", "DE");
        assertThat(read.organisations()).containsExactly("EU");
        assertThat(read.statement()).contains(energy);
    }

    @Test
    void anUnreadableValueWithTheHeadersIsFoundOutOnlyWhenShown() {
        ReadStatement read = ReadStatement.of(bytes("{\"schema\":"), headers("", "", ""), "press.statements-0@7");

        assertThat(read.topicCodes()).isEmpty();
        assertThat(read.places()).isEmpty();
        assertThat(read.statement()).isEmpty();
        assertThat(read.statement()).as("asked again").isEmpty();
    }

    @Test
    void withoutTheCodeHeadersTheValueIsReadAtOnce() {
        ReadStatement read = ReadStatement.of(EventJson.write(energy), new RecordHeaders(), "test");
        assertThat(read.topicCodes()).containsExactly("energy", "trade");
        assertThat(read.organisations()).containsExactly("EU");

        Headers onlyTopics = new RecordHeaders().add(StatementHeaders.TOPICS, bytes("energy"));
        assertThatThrownBy(() -> ReadStatement.of(bytes("not json"), onlyTopics, "test"))
                .isInstanceOf(InvalidEventException.class);
    }

    /** The code headers classify-service writes on a statement record. */
    static Headers headers(String topics, String places, String organisations) {
        return new RecordHeaders().add(StatementHeaders.TOPICS, bytes(topics))
                .add(StatementHeaders.PLACES, bytes(places))
                .add(StatementHeaders.ORGANISATIONS, bytes(organisations));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
