package cn.eldercare.timebank.ledger.fabric;

import java.math.BigInteger;
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

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.client.identity.Identities;

/** Throw-away EC keys and certificates for tests: a CA, TLS server certificates and client identities. */
final class TestPki {

    record Issued(X509Certificate certificate, PrivateKey key) {

        /** Writes {@code cert.pem} and {@code key.pem} (PKCS#8) into a directory, as a wallet entry holds them. */
        Path writeTo(final Path dir) throws Exception {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("cert.pem"), Identities.toPemString(certificate));
            Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            return dir;
        }
    }

    private final KeyPair caKeys = keyPair();
    private final X500Name caName = new X500Name("CN=test-ca");
    private final X509Certificate caCert;
    private long serial = 1;

    TestPki() throws Exception {
        caCert = sign(new JcaX509v3CertificateBuilder(caName, BigInteger.valueOf(serial++), notBefore(), notAfter(),
                caName, caKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true)));
    }

    X509Certificate ca() {
        return caCert;
    }

    /** A TLS server certificate for {@code host}, signed by the CA. */
    Issued server(final String host) throws Exception {
        final KeyPair keys = keyPair();
        return new Issued(sign(builder("CN=" + host, keys).addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.dNSName, host)))), keys.getPrivate());
    }

    /** A client certificate, as an organisation's Fabric CA would issue it (less the attributes). */
    Issued client(final String name) throws Exception {
        final KeyPair keys = keyPair();
        return new Issued(sign(builder("CN=" + name + ",OU=client", keys)), keys.getPrivate());
    }

    private JcaX509v3CertificateBuilder builder(final String subject, final KeyPair keys) {
        return new JcaX509v3CertificateBuilder(caCert, BigInteger.valueOf(serial++), notBefore(), notAfter(),
                new X500Name(subject), keys.getPublic());
    }

    private X509Certificate sign(final X509v3CertificateBuilder builder) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate())));
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
        return Date.from(Instant.now().minus(1, ChronoUnit.HOURS));
    }

    private static Date notAfter() {
        return Date.from(Instant.now().plus(1, ChronoUnit.DAYS));
    }
}
