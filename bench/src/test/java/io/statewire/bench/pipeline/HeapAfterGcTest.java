package io.statewire.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeapAfterGcTest {

    @Test
    void sumsTheGenerationsOfTheSerialCollector() {
        String serial = """
                12345:
                 def new generation   total 4928K, used 1000K [0x00000000f8000000, 0x00000000f8550000)
                  eden space 4416K,  22% used [0x00000000f8000000, 0x00000000f80fa000)
                 tenured generation   total 10944K, used 3000K [0x00000000fa000000, 0x00000000faab0000)
                 Metaspace       used 51234K, committed 51712K, reserved 1097728K
                """;

        assertThat(HeapAfterGc.usedBytes(serial)).isEqualTo(4000L * 1024);
    }

    @Test
    void readsTheHeapOfG1() {
        String g1 = """
                12345:
                 garbage-first heap   total 149504K, used 76721K [0x00000000f0000000, 0x0000000100000000)
                  region size 1024K, 4 young (4096K), 3 survivors (3072K)
                 Metaspace       used 55259K, committed 55808K, reserved 1114112K
                """;

        assertThat(HeapAfterGc.usedBytes(g1)).isEqualTo(76721L * 1024);
    }

    @Test
    void saysSoWhenTheAnswerHasNoHeap() {
        assertThatThrownBy(() -> HeapAfterGc.usedBytes("12345:\nNo such process\n"))
                .hasMessageContaining("no heap usage");
    }
}
