package io.statewire.bench.ceiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statewire.bench.ceiling.PerfToolOutput.Rate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerfToolOutputTest {

    @Test
    void producerRateIsTheFinalSummaryNotAProgressLine() {
        List<String> output = List.of(
                "Reading payloads from: /tmp/bench-ceiling-passages.jsonl",
                "Number of messages read: 340",
                "61234 records sent, 12246.8 records/sec (7.98 MB/sec), 40.1 ms avg latency, 300.0 ms max latency.",
                "200000 records sent, 2493.8 records/sec (1.62 MB/sec), 174.43 ms avg latency, 861.00 ms max latency, "
                        + "178 ms 50th, 219 ms 95th, 220 ms 99th, 220 ms 99.9th.");

        assertThat(PerfToolOutput.producer(output)).isEqualTo(new Rate(200_000, 2493.8, 1.62, 0));
    }

    @Test
    void consumerRateIsOverFetchTimeWithTheGroupJoinApart() {
        List<String> output = List.of(
                "start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, "
                        + "fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec",
                "2026-11-27 15:24:13:039, 2026-11-27 15:24:15:405, 3.2485, 1.3730, 5000, 2113.2713, 1401, 965, 3.3663, "
                        + "5181.3472");

        assertThat(PerfToolOutput.consumer(output)).isEqualTo(new Rate(5000, 5181.3472, 3.3663, 1401));
    }

    @Test
    void outputWithoutFiguresIsAnError() {
        List<String> output = List.of("Exception in thread \"main\" org.apache.kafka.common.errors.TimeoutException");

        assertThatThrownBy(() -> PerfToolOutput.producer(output)).hasMessageContaining("no summary line");
        assertThatThrownBy(() -> PerfToolOutput.consumer(output)).hasMessageContaining("no figures");
    }
}
