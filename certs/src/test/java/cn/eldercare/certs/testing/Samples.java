package cn.eldercare.certs.testing;

import cn.eldercare.certs.certificate.entity.CertificateKind;
import cn.eldercare.certs.certificate.entity.PrintedData;
import cn.eldercare.certs.document.control.CertificateContent;
import cn.eldercare.certs.document.control.CertificateRenderer;
import cn.eldercare.certs.document.control.FontFaces;
import cn.eldercare.certs.signing.control.CertificateAuthority;
import cn.eldercare.certs.signing.control.SigningKey;
import cn.eldercare.platform.identity.Gender;

import java.time.Instant;
import java.time.LocalDate;

/** Shared test material: one font pool, one CA with one base key, and certificate contents. */
public final class Samples {

    public static final FontFaces FONTS = new FontFaces(2);
    public static final CertificateRenderer RENDERER = new CertificateRenderer(FONTS);
    public static final SigningKey CA = CertificateAuthority.createRoot("测试监管根证书", "测试民政厅", Instant.now());
    public static final SigningKey BASE = CertificateAuthority.issue(CA, "郑州市卫生健康学校", "124100004175512348", Instant.now());

    private Samples() {
    }

    public static CertificateContent content(String holder, String number) {
        return content(holder, number, 1);
    }

    public static CertificateContent content(String holder, String number, int version) {
        return new CertificateContent(CertificateKind.SKILL_LEVEL, new PrintedData(holder, Gender.FEMALE, "410102********0249",
                "养老护理员", "五级/初级工", "养老护理员（五级/初级工）春季班", "郑州市卫生健康学校（养老护理员培训基地）",
                LocalDate.of(2026, 11, 22)), number, version, "7K3M9QF2XRTW4H8DPC6A", "https://zj.example.cn/verify.html", Instant.now());
    }
}
