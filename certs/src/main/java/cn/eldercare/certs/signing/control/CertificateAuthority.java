package cn.eldercare.certs.signing.control;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The embedded default's small PKI: a self-signed regulator CA, and signing certificates it issues
 * to training bases. RSA-2048 with SHA-256, which every PDF reader verifies. Production replaces
 * both with key stores from the regulator's real CA.
 */
public final class CertificateAuthority {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateAuthority() {
    }

    public static SigningKey createRoot(String commonName, String organisation, Instant now) {
        KeyPair pair = rsa();
        X500Name name = name(commonName, organisation, null);
        X509Certificate cert = build(new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(365L * 20))), name, pair.getPublic()), pair.getPublic(), pair.getPrivate(), null);
        return new SigningKey(pair.getPrivate(), List.of(cert));
    }

    /** A base's signing key, certified by the CA for ten years; {@code id} (its credit code) tells namesakes apart. */
    public static SigningKey issue(SigningKey ca, String commonName, String id, Instant now) {
        KeyPair pair = rsa();
        X500Name issuer = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
        X509Certificate cert = build(new JcaX509v3CertificateBuilder(issuer, serial(), Date.from(now.minus(Duration.ofDays(1))),
                        Date.from(now.plus(Duration.ofDays(365L * 10))), name(commonName, commonName, id), pair.getPublic()),
                pair.getPublic(), ca.key(), ca.certificate());
        return new SigningKey(pair.getPrivate(), List.of(cert, ca.certificate()));
    }

    /** A CA certificate when there is no issuer (self-signed), a signing certificate otherwise. */
    private static X509Certificate build(X509v3CertificateBuilder b, PublicKey subject, PrivateKey signer, X509Certificate issuer) {
        boolean ca = issuer == null;
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subject));
            if (!ca) {
                b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(issuer));
            }
            return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA")
                    .build(signer)));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot create a certificate", e);
        }
    }

    private static X500Name name(String commonName, String organisation, String id) {
        X500NameBuilder n = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, organisation);
        if (id != null) {
            n.addRDN(BCStyle.SERIALNUMBER, id);
        }
        return n.addRDN(BCStyle.CN, commonName).build();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048, RANDOM);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA unavailable", e);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }
}
