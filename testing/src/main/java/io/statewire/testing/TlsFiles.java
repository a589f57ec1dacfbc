package io.statewire.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * TLS material for a test broker on this machine, made with the JDK's {@code keytool}: a key pair with a certificate
 * for {@code localhost} and {@code 127.0.0.1} (valid two days, self-signed, so it is its own certificate authority)
 * in a PKCS12 key store for the broker, and that certificate as a trust store for clients, both as a PEM file and as
 * a PKCS12 trust store with a password.
 *
 * @param keyStore the broker's PKCS12 key store
 * @param keyStorePassword its password (also the key's)
 * @param pemTrustStore the certificate in PEM, for {@code ssl.truststore.type=PEM}
 * @param pkcs12TrustStore the certificate in a PKCS12 trust store, for {@code ssl.truststore.type=PKCS12}
 * @param trustStorePassword the PKCS12 trust store's password
 */
public record TlsFiles(Path keyStore, String keyStorePassword, Path pemTrustStore, Path pkcs12TrustStore,
        String trustStorePassword) {

    private static final String ALIAS = "statewire-test-broker";

    /** Writes new key and trust stores with random passwords into {@code dir}. */
    public static TlsFiles generate(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        TlsFiles files = new TlsFiles(dir.resolve("broker.p12"), randomPassword(), dir.resolve("ca.crt"),
                dir.resolve("truststore.p12"), randomPassword());
        for (Path file : List.of(files.keyStore, files.pemTrustStore, files.pkcs12TrustStore)) {
            Files.deleteIfExists(file);
        }
        keytool("-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", files.keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", files.keyStorePassword, "-keypass", files.keyStorePassword);
        keytool("-exportcert", "-rfc", "-alias", ALIAS, "-keystore", files.keyStore.toString(),
                "-storepass", files.keyStorePassword, "-file", files.pemTrustStore.toString());
        keytool("-importcert", "-noprompt", "-alias", ALIAS, "-file", files.pemTrustStore.toString(),
                "-keystore", files.pkcs12TrustStore.toString(), "-storetype", "PKCS12",
                "-storepass", files.trustStorePassword);
        return files;
    }

    static String randomPassword() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow(
                () -> new IllegalStateException("cannot find the running java command, beside which keytool lies"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(java).resolveSibling("keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
        }
    }
}
