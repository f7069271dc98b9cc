package cn.eldercare.certs.bench;

import cn.eldercare.certs.certificate.entity.CertificateKind;
import cn.eldercare.certs.certificate.entity.PrintedData;
import cn.eldercare.certs.document.control.CertificateContent;
import cn.eldercare.certs.document.control.CertificateRenderer;
import cn.eldercare.certs.document.control.FontFaces;
import cn.eldercare.certs.signing.control.CertificateAuthority;
import cn.eldercare.certs.signing.control.PadesSigner;
import cn.eldercare.certs.signing.control.SigningKey;
import cn.eldercare.platform.identity.Gender;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The certificate code paths against raw PDFBox drawing a comparable page (the same nine lines of
 * Chinese in a subset Noto Sans SC, parsed once) in the same run: {@code raw}, {@code render}
 * (our layout, seal, QR code and own subsetting), {@code sign} (PAdES over a rendered page) and
 * {@code renderAndSign}, the work of one certificate. Run with -t 1 for latency and -t 2 for
 * throughput on two cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class CertificateBenchmark {

    private static final List<String> LINES = List.of("职业技能等级证书", "姓名：王秀英", "性别：女", "身份证号：410102********0249",
            "职业：养老护理员", "等级：五级/初级工", "评价机构：郑州市卫生健康学校（养老护理员培训基地）", "发证日期：2026年11月22日",
            "证书编号：S410141000001265000001");

    private final AtomicInteger sequence = new AtomicInteger();
    private CertificateRenderer renderer;
    private SigningKey key;
    private TrueTypeFont rawFont;
    private byte[] rendered;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        renderer = new CertificateRenderer(new FontFaces(Runtime.getRuntime().availableProcessors()));
        key = CertificateAuthority.issue(CertificateAuthority.createRoot("基准测试根证书", "基准测试", Instant.now()),
                "郑州市卫生健康学校（养老护理员培训基地）", "124100004175512348", Instant.now());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf")) {
            rawFont = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
        rendered = renderer.render(content());
    }

    /** Raw PDFBox: one font, PDFBox's own subsetting at save; synchronized because a parsed font is not thread-safe. */
    @Benchmark
    public byte[] raw() throws IOException {
        synchronized (rawFont) {
            try (PDDocument doc = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDType0Font font = PDType0Font.load(doc, rawFont, true);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 760;
                    for (String line : LINES) {
                        cs.beginText();
                        cs.setFont(font, 14);
                        cs.newLineAtOffset(90, y);
                        cs.showText(line + sequence.incrementAndGet() % 10);
                        cs.endText();
                        y -= 36;
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            }
        }
    }

    @Benchmark
    public byte[] render() {
        return renderer.render(content());
    }

    @Benchmark
    public byte[] sign() {
        return PadesSigner.sign(rendered, key, Instant.now(), "颁发职业技能等级证书");
    }

    @Benchmark
    public byte[] renderAndSign() {
        return PadesSigner.sign(renderer.render(content()), key, Instant.now(), "颁发职业技能等级证书");
    }

    private CertificateContent content() {
        int n = sequence.incrementAndGet();
        return new CertificateContent(CertificateKind.SKILL_LEVEL, new PrintedData("王秀英" + "甲乙丙丁".charAt(n % 4), Gender.FEMALE,
                "410102********0249", "养老护理员", "五级/初级工", "养老护理员（五级/初级工）春季班", "郑州市卫生健康学校（养老护理员培训基地）",
                LocalDate.of(2026, 11, 22)), String.format("S4101410000012650%05d", n % 100_000), 1, "7K3M9QF2XRTW4H8DPC6A",
                "https://zj.example.cn/verify.html", Instant.now());
    }
}
