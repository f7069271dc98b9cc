package cn.eldercare.chaincode.sim;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

import com.google.gson.Gson;
import com.google.protobuf.ByteString;

/**
 * Issues Fabric-CA style certificates for simulated identities: one in-memory CA per MSP, user
 * certificates carrying their attributes as JSON {"attrs":{...}} in extension 1.2.3.4.5.6.7.8.1.
 * Issuing costs about a millisecond, so each identity's serialized form is cached; a transaction
 * only pays for the shim parsing the certificate, exactly as on a peer.
 */
final class SimCertificates {

    private static final ASN1ObjectIdentifier FABRIC_ATTRS = new ASN1ObjectIdentifier("1.2.3.4.5.6.7.8.1");
    private static final Map<String, KeyPair> CA_KEYS = new ConcurrentHashMap<>();
    private static final Map<SimIdentity, byte[]> SERIALIZED = new ConcurrentHashMap<>();
    private static final AtomicLong SERIALS = new AtomicLong(1);

    private SimCertificates() {
    }

    static byte[] serializedIdentity(final SimIdentity identity) {
        return SERIALIZED.computeIfAbsent(identity, id -> SerializedIdentity.newBuilder()
                .setMspid(id.mspId())
                .setIdBytes(ByteString.copyFrom(pem(issue(id)), StandardCharsets.UTF_8))
                .build()
                .toByteArray());
    }

    private static X509CertificateHolder issue(final SimIdentity identity) {
        try {
            final KeyPair caKey = CA_KEYS.computeIfAbsent(identity.mspId(), msp -> newKeyPair());
            final KeyPair userKey = newKeyPair();
            final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            final String attrs = new Gson().toJson(Map.of("attrs", new TreeMap<>(identity.attributes())));
            return new JcaX509v3CertificateBuilder(
                    new X500Name("CN=ca." + identity.mspId() + ",O=" + identity.mspId()),
                    BigInteger.valueOf(SERIALS.getAndIncrement()),
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(3650, ChronoUnit.DAYS)),
                    new X500Name("CN=" + identity.enrollmentId() + ",OU=client"), userKey.getPublic())
                    .addExtension(FABRIC_ATTRS, false, attrs.getBytes(StandardCharsets.UTF_8))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKey.getPrivate()));
        } catch (OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot issue a certificate for " + identity, e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            final KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no P-256 key generator", e);
        }
    }

    private static String pem(final X509CertificateHolder certificate) {
        final StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(certificate);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot encode a certificate", e);
        }
        return out.toString();
    }
}
