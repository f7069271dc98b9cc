package cn.eldercare.certs.document.control;

import cn.eldercare.certs.certificate.entity.CertificateKind;
import cn.eldercare.certs.certificate.entity.PrintedData;
import cn.eldercare.certs.testing.Samples;
import cn.eldercare.platform.identity.Gender;
import cn.eldercare.platform.problem.DomainException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateRendererTest {

    @Test
    void aCertificateIsOneA4PageUnderOneHundredKilobytes() throws IOException {
        byte[] pdf = Samples.RENDERER.render(Samples.content("王秀英", "S410141000001265000001"));
        assertTrue(pdf.length < 100 * 1024, "size " + pdf.length);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(595, Math.round(doc.getPage(0).getMediaBox().getWidth()));
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("王秀英") && text.contains("S410141000001265000001") && text.contains("女"), text);
            assertTrue(text.contains("410102********0249"), "the ID number only masked");
        }
    }

    @Test
    void theFileIsTaggedInChineseWithItsTitleAndMatchingXmp() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Samples.RENDERER.render(Samples.content("王秀英", "S410141000001265000001", 2)))) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertEquals("zh-CN", catalog.getLanguage());
            assertTrue(catalog.getMarkInfo().isMarked());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            String title = doc.getDocumentInformation().getTitle();
            assertEquals("职业技能等级证书 S410141000001265000001 第 2 版", title);
            PDStructureElement document = (PDStructureElement) catalog.getStructureTreeRoot().getKids().get(0);
            assertEquals("Document", document.getStructureType());
            List<String> types = document.getKids().stream().map(k -> ((PDStructureElement) k).getStructureType()).distinct().toList();
            assertEquals(List.of("Figure", "H1", "P"), types);
            DomXmpParser parser = new DomXmpParser();
            XMPMetadata xmp = parser.parse(catalog.getMetadata().exportXMPMetadata());
            assertEquals(title, xmp.getDublinCoreSchema().getTitle());
            assertEquals(List.of("zh-CN"), xmp.getDublinCoreSchema().getLanguages());
            assertEquals(2, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("B", xmp.getPDFAIdentificationSchema().getConformance());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("第 2 版 · 取代第 1 版"), text);
        }
    }

    @Test
    void aCharacterTheFontLacksIsRefusedNotPrintedAsABox() {
        DomainException e = assertThrows(DomainException.class,
                () -> Samples.RENDERER.render(Samples.content("王\uD83D\uDE00", "S410141000001265000001")));
        assertEquals("UNPRINTABLE_CHARACTER", e.code());
    }

    @Test
    void longNamesAndCompletionCertificatesFitThePage() throws IOException {
        String longName = "河南省某某市某某区某某街道社区居家养老服务中心暨养老护理员职业技能等级认定评价机构（第一分站）".repeat(2);
        CertificateContent completion = new CertificateContent(CertificateKind.COMPLETION, new PrintedData("李娟", Gender.FEMALE,
                "411002********0421", "家庭照护者公益课程", "", "家庭照护者公益课程：失能老人居家照护", longName, LocalDate.of(2026, 11, 22)),
                "J410141000001260000001", 1, "7K3M9QF2XRTW4H8DPC6A", "https://zj.example.cn/verify.html", Instant.now());
        try (PDDocument doc = Loader.loadPDF(Samples.RENDERER.render(completion))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("培训结业证书") && text.contains("培训课程") && text.contains("…"), text);
        }
    }
}
