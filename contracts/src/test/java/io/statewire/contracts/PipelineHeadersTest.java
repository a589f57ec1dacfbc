package io.statewire.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class PipelineHeadersTest {

    @Test
    void readsTheFetchTimeAsWrittenByIngest() {
        var headers = new RecordHeaders().add(PipelineHeaders.FETCHED_AT,
                "2026-11-27T08:00:00.123Z".getBytes(StandardCharsets.UTF_8));
        assertThat(PipelineHeaders.fetchedAt(headers)).contains(Instant.parse("2026-11-27T08:00:00.123Z"));
    }

    @Test
    void acceptsAnOffsetAndTakesTheLastHeader() {
        var headers = new RecordHeaders()
                .add(PipelineHeaders.FETCHED_AT, "2026-11-27T08:00:00Z".getBytes(StandardCharsets.UTF_8))
                .add(PipelineHeaders.FETCHED_AT, "2026-11-27T11:00:05+03:00".getBytes(StandardCharsets.UTF_8));
        assertThat(PipelineHeaders.fetchedAt(headers)).contains(Instant.parse("2026-11-27T08:00:05Z"));
    }

    @Test
    void absentOrUnreadableHeaderGivesNothing() {
        assertThat(PipelineHeaders.fetchedAt(new RecordHeaders())).isEmpty();
        assertThat(PipelineHeaders.fetchedAt(new RecordHeaders().add(PipelineHeaders.FETCHED_AT,
                "yesterday".getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(PipelineHeaders.fetchedAt(new RecordHeaders().add(PipelineHeaders.FETCHED_AT, null))).isEmpty();
    }
}
