package cn.eldercare.chaincode.network;

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
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.client.identity.Identities;

import com.google.gson.Gson;

/**
 * Client identities for the test network with the Fabric-CA attributes the contract reads.
 * cryptogen cannot put attributes into certificates, so this signs them with the organisation's
 * CA key that cryptogen generated, as a Fabric CA would: OU=client (NodeOUs) and the attributes
 * as JSON in extension 1.2.3.4.5.6.7.8.1.
 */
final class NetworkIdentities {

    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    record Enrolled(String mspId, X509Certificate certificate, PrivateKey privateKey) {
    }

    static Enrolled enrol(final Path orgDir, final String mspId, final String name, final Map<String, String> attrs)
            throws Exception {
        final Path caDir = orgDir.resolve("ca");
        final X509Certificate caCert;
        final Path caCertFile;
        try (var files = Files.list(caDir)) {
            caCertFile = files.filter(p -> p.getFileName().toString().endsWith("-cert.pem")).findFirst().orElseThrow();
        }
        caCert = Identities.readX509Certificate(Files.readString(caCertFile));
        final PrivateKey caKey = Identities.readPrivateKey(Files.readString(caDir.resolve("priv_sk")));
        final KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        final KeyPair keys = generator.generateKeyPair();
        final Instant now = Instant.now();
        final JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        final String json = new Gson().toJson(Map.of("attrs", new TreeMap<>(attrs)));
        final var holder = new JcaX509v3CertificateBuilder(caCert, BigInteger.valueOf(SERIALS.incrementAndGet()),
                notBefore(caCert, now), Date.from(now.plus(1, ChronoUnit.DAYS)),
                new X500Name("CN=" + name + ",OU=client"), keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(caCert))
                .addExtension(new ASN1ObjectIdentifier("1.2.3.4.5.6.7.8.1"), false,
                        json.getBytes(StandardCharsets.UTF_8))
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKey));
        return new Enrolled(mspId, new JcaX509CertificateConverter().getCertificate(holder), keys.getPrivate());
    }

    /**
     * A minute before now for clock skew, but never before the CA itself is valid: a peer refuses a
     * certificate that claims validity the CA does not have ("creator is malformed").
     */
    private static Date notBefore(final X509Certificate caCert, final Instant now) {
        final Date skewed = Date.from(now.minus(1, ChronoUnit.MINUTES));
        return skewed.before(caCert.getNotBefore()) ? caCert.getNotBefore() : skewed;
    }

    private NetworkIdentities() {
    }
}
