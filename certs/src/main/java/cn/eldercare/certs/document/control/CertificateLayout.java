package cn.eldercare.certs.document.control;

import cn.eldercare.certs.certificate.entity.CertificateKind;
import cn.eldercare.certs.certificate.entity.PrintedData;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the text of an A4 certificate goes: title, statement, the fields in two aligned columns
 * (labels padded to four characters with ideographic spaces, as Chinese forms do), the issuer's
 * version mark of a re-issue under the number, the issuer's signature block under the seal, the QR
 * caption and the footer.
 */
final class CertificateLayout {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float LABEL_RIGHT = 232;
    static final float VALUE_LEFT = 244;
    static final float VALUE_RIGHT = 515;
    static final float QR_X = 410;
    static final float QR_Y = 140;
    static final float QR_SIZE = 100;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private CertificateLayout() {
    }

    static List<TextRun> compose(CertificateContent c, FaceSet faces) {
        List<TextRun> runs = new ArrayList<>();
        Columns columns = new Columns(faces, runs);
        columns.heading(Face.BOLD, 30, 8, 748, Ink.DARK_RED, c.kind().title().zh(), WIDTH / 2);
        columns.centered(Face.REGULAR, 10.5f, 1.2f, 722, Ink.GREY, c.kind().title().en().toUpperCase(), WIDTH / 2);
        columns.centered(Face.REGULAR, 13, 0.5f, 662, Ink.BLACK, statement(c.kind()), WIDTH / 2);
        float y = 612;
        for (String[] field : fields(c)) {
            columns.field(field[0], field[1], y);
            y -= 36;
        }
        if (c.version() > 1) {
            columns.left(Face.REGULAR, 9.5f, y + 16, Ink.DARK_RED, versionMark(c.version()), VALUE_RIGHT - VALUE_LEFT);
        }
        String date = DATE.format(c.printed().issuedOn());
        float below = Seal.CY - Seal.RADIUS - 18;
        columns.centered(Face.BOLD, 11, 0, below, Ink.BLACK, c.printed().baseName(), Seal.CX, 250);
        columns.centered(Face.REGULAR, 11, 0, below - 20, Ink.BLACK, date, Seal.CX);
        columns.centered(Face.REGULAR, 8.5f, 0.5f, QR_Y - 14, Ink.GREY, "扫码查验 Scan to verify", QR_X + QR_SIZE / 2);
        columns.centered(Face.REGULAR, 7, 0, QR_Y - 25, Ink.GREY, grouped(c.verificationCode()), QR_X + QR_SIZE / 2);
        columns.centered(Face.REGULAR, 8, 0, 64, Ink.GREY, "查验网址 Verify at: " + c.verifyPage(), WIDTH / 2, 470);
        columns.centered(Face.REGULAR, 7.5f, 0, 51, Ink.GREY,
                "本证书由发证机构数字签名，签名可在 PDF 阅读器中查看和验证 · Digitally signed by the issuing body", WIDTH / 2, 470);
        runs.addAll(Seal.runs(c.printed().baseName(), faces));
        return runs;
    }

    /** A re-issue keeps the number, so the mark names the version it replaces; a reader checks which is current online. */
    static String versionMark(int version) {
        return "第 " + version + " 版 · 取代第 " + (version - 1) + " 版 · Version " + version + ", supersedes version " + (version - 1);
    }

    /** The verification code in groups of four, so a person can read it out or type it. */
    static String grouped(String code) {
        return String.join("-", code.split("(?<=\\G.{4})"));
    }

    private static String statement(CertificateKind kind) {
        return kind == CertificateKind.COMPLETION ? "兹证明下列人员已完成培训课程规定学时，准予结业。"
                : "兹证明下列人员经培训评价合格，取得相应职业技能等级。";
    }

    private static List<String[]> fields(CertificateContent c) {
        PrintedData p = c.printed();
        boolean completion = c.kind() == CertificateKind.COMPLETION;
        return List.of(
                new String[]{"姓　　名", p.holderName()},
                new String[]{"性　　别", p.holderGender().label().zh()},
                new String[]{"身份证号", p.idNumberMasked()},
                new String[]{"职　　业", p.occupationName()},
                completion ? new String[]{"培训课程", p.courseTitle()} : new String[]{"等　　级", p.levelName()},
                new String[]{completion ? "培训机构" : "评价机构", p.baseName()},
                new String[]{"发证日期", DATE.format(p.issuedOn())},
                new String[]{"证书编号", c.number()});
    }
}
