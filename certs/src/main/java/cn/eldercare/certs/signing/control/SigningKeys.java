package cn.eldercare.certs.signing.control;

import cn.eldercare.platform.config.Secrets;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.training.base.entity.TrainingBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The regulator CA and the bases' signing keys, as PKCS#12 files in {@code certs.pki.dir}
 * (default DATA_DIR/pki): {@code regulator-ca.p12} (or {@code certs.ca.keystore}) and
 * {@code base-<id>.p12}. The embedded default ({@code certs.pki.generate=true}) creates the CA and a
 * base's key the first time they are needed and keeps them; production turns generation off and
 * installs key stores from the regulator's real CA, where the CA file needs no private key.
 */
@ApplicationScoped
public class SigningKeys {

    @Inject
    Config config;
    @Inject
    Secrets secrets;

    private final Map<Long, SigningKey> bases = new ConcurrentHashMap<>();
    private volatile X509Certificate regulatorCa;

    public SigningKey forBase(TrainingBase base) {
        return bases.computeIfAbsent(base.getId(), id -> loadOrEnrol(base));
    }

    public X509Certificate regulatorCa() {
        if (regulatorCa == null) {
            authority();
        }
        return regulatorCa;
    }

    private SigningKey loadOrEnrol(TrainingBase base) {
        Path file = dir().resolve("base-" + base.getId() + ".p12");
        if (Files.exists(file)) {
            return KeyStoreFiles.readKey(file, password()).orElseThrow(() -> new IllegalStateException("no key in " + file));
        }
        SigningKey ca = authority().filter(k -> generate()).orElseThrow(() -> DomainException.conflict("NO_SIGNING_KEY", Text.of(
                "本基地尚未配置证书签名密钥，请联系监管部门", "This base has no certificate signing key yet; ask the regulator")));
        SigningKey key = CertificateAuthority.issue(ca, base.getName(), base.getUscc(), Instant.now());
        KeyStoreFiles.write(file, password(), key);
        return key;
    }

    /** The CA's key when this server holds it, creating the CA on first use if generation is on. */
    private synchronized Optional<SigningKey> authority() {
        Path file = caFile();
        if (!Files.exists(file) && generate()) {
            KeyStoreFiles.write(file, password(), CertificateAuthority.createRoot(
                    config.getOptionalValue("certs.ca.name", String.class).orElse("养老护理职业技能证书监管根证书（内置演示）"),
                    "养老服务主管部门", Instant.now()));
        }
        Optional<SigningKey> key = KeyStoreFiles.readKey(file, password());
        regulatorCa = key.map(SigningKey::certificate).orElseGet(() -> KeyStoreFiles.readCertificate(file, password()));
        return key;
    }

    private Path dir() {
        return config.getOptionalValue("certs.pki.dir", String.class).map(Path::of).orElse(secrets.dataDir().resolve("pki"));
    }

    private Path caFile() {
        return config.getOptionalValue("certs.ca.keystore", String.class).map(Path::of).orElse(dir().resolve("regulator-ca.p12"));
    }

    private boolean generate() {
        return config.getOptionalValue("certs.pki.generate", Boolean.class).orElse(true);
    }

    /** The key stores' password: configured, or derived from a generated key kept with the product's other keys. */
    private char[] password() {
        return config.getOptionalValue("certs.pki.password", String.class).filter(s -> !s.isBlank())
                .orElseGet(() -> Base64.getEncoder().encodeToString(secrets.key("certs.pki"))).toCharArray();
    }
}
