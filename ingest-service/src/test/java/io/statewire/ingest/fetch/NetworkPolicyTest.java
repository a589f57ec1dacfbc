package io.statewire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkPolicyTest {

    @ParameterizedTest
    @CsvSource({"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
        "224.0.0.1", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"})
    void refusesNonPublicAddresses(String address) throws Exception {
        assertThat(NetworkPolicy.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2a00:1450:4001:80e::200e"})
    void acceptsPublicAddresses(String address) throws Exception {
        assertThat(NetworkPolicy.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"http://localhost:8080/press/", "http://127.0.0.1/", "http://[::1]/"})
    void checksTheResolvedAddressOfAUrl(String url) {
        assertThatThrownBy(() -> NetworkPolicy.checkPublic(URI.create(url))).isInstanceOf(FetchException.class)
                .hasMessageContaining("non-public address");
    }
}
