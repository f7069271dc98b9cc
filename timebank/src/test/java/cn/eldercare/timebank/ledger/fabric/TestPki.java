package cn.eldercare.timebank.ledger.fabric;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.client.identity.Identities;

/**
 * EC keys and certificates for tests: TLS server certificates and client identities, issued by a
 * throw-away CA or by an organisation's CA that cryptogen made. Client certificates carry the
 * attributes as a Fabric CA writes them (JSON in extension 1.2.3.4.5.6.7.8.1), since cryptogen
 * cannot.
 */
final class TestPki {

    record Issued(X509Certificate certificate, PrivateKey key) {

        /** Writes {@code cert.pem} and {@code key.pem} (PKCS#8) into a directory, as a wallet entry holds them. */
        Path writeTo(final Path dir) throws Exception {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("cert.pem"), Identities.toPemString(certificate));
            Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            return dir;
        }
    }

    private static final ASN1ObjectIdentifier ATTRIBUTES = new ASN1ObjectIdentifier("1.2.3.4.5.6.7.8.1");

    private final PrivateKey caKey;
    private final X509Certificate caCert;
    private long serial = System.currentTimeMillis();

    TestPki() throws Exception {
        final KeyPair keys = keyPair();
        final X500Name name = new X500Name("CN=test-ca");
        caKey = keys.getPrivate();
        caCert = sign(new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(serial++), notBefore(), notAfter(),
                name, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true)));
    }

    /** Issues with an existing CA, such as the one cryptogen made for an organisation. */
    TestPki(final X509Certificate caCert, final PrivateKey caKey) {
        this.caCert = caCert;
        this.caKey = caKey;
    }

    X509Certificate ca() {
        return caCert;
    }

    /** The CA's own certificate and key. */
    Issued authority() {
        return new Issued(caCert, caKey);
    }

    /** A TLS server certificate for {@code host}, signed by the CA. */
    Issued server(final String host) throws Exception {
        final KeyPair keys = keyPair();
        return new Issued(sign(builder("CN=" + host, keys).addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.dNSName, host)))), keys.getPrivate());
    }

    /** A client certificate without attributes. */
    Issued client(final String name) throws Exception {
        return client(name, Map.of());
    }

    /** A client certificate (OU=client, for NodeOUs) with Fabric-CA attributes such as role and memberId. */
    Issued client(final String name, final Map<String, String> attributes) throws Exception {
        final KeyPair keys = keyPair();
        final X509v3CertificateBuilder builder = builder("CN=" + name + ",OU=client", keys)
                .addExtension(Extension.authorityKeyIdentifier, false,
                        new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(caCert));
        if (!attributes.isEmpty()) {
            final String json = attributes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                    .collect(Collectors.joining(",", "{\"attrs\":{", "}}"));
            builder.addExtension(ATTRIBUTES, false, json.getBytes(StandardCharsets.UTF_8));
        }
        return new Issued(sign(builder), keys.getPrivate());
    }

    private JcaX509v3CertificateBuilder builder(final String subject, final KeyPair keys) {
        return new JcaX509v3CertificateBuilder(caCert, BigInteger.valueOf(serial++), notBefore(), notAfter(),
                new X500Name(subject), keys.getPublic());
    }

    private X509Certificate sign(final X509v3CertificateBuilder builder) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKey)));
    }

    private static KeyPair keyPair() {
        try {
            final KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Date notBefore() {
        return Date.from(Instant.now().minus(1, ChronoUnit.MINUTES));
    }

    private static Date notAfter() {
        return Date.from(Instant.now().plus(1, ChronoUnit.DAYS));
    }
}
