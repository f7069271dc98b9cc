package cn.eldercare.certs.document.control;

import cn.eldercare.certs.testing.Samples;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateLayoutTest {

    @Test
    void noTextRunsUnderTheSeal() {
        List<TextRun> runs = Samples.FONTS.use(set -> CertificateLayout.compose(Samples.content("王秀英", "S410141000001265000001", 2), set));
        float ringWidth = 2.4f;
        float top = Seal.CY + Seal.RADIUS + ringWidth;
        float bottom = Seal.CY - Seal.RADIUS - ringWidth;
        float left = Seal.CX - Seal.RADIUS - ringWidth;
        float right = Seal.CX + Seal.RADIUS + ringWidth;
        for (TextRun run : runs) {
            if (run.role() == Role.DECORATION) {
                continue;
            }
            float width = Samples.FONTS.use(set -> set.width(run.face(), run.text(), run.size(), run.spacing()));
            float glyphBottom = run.y() - run.size() * 0.12f;
            float glyphTop = run.y() + run.size() * 0.88f;
            boolean overlaps = run.x() < right && run.x() + width > left && glyphBottom < top && glyphTop > bottom;
            assertFalse(overlaps, () -> "“" + run.text() + "” at " + run.x() + "," + run.y() + " lies under the seal");
        }
    }

    @Test
    void theIssuerAndTheDateStandCentredUnderTheSeal() {
        List<TextRun> runs = Samples.FONTS.use(set -> CertificateLayout.compose(Samples.content("王秀英", "S410141000001265000001"), set));
        List<TextRun> block = runs.stream().filter(r -> r.y() < Seal.CY - Seal.RADIUS && r.y() > CertificateLayout.QR_Y && r.x() < Seal.CX && r.role() == Role.TEXT).toList();
        assertEquals(List.of("郑州市卫生健康学校（养老护理员培训基地）", "2026年11月22日"), block.stream().map(TextRun::text).toList());
        assertTrue(block.get(0).y() > block.get(1).y(), "the issuer above the date");
    }

    @Test
    void onlyAReissueCarriesAVersionMark() {
        List<TextRun> first = Samples.FONTS.use(set -> CertificateLayout.compose(Samples.content("王秀英", "S410141000001265000001"), set));
        List<TextRun> third = Samples.FONTS.use(set -> CertificateLayout.compose(Samples.content("王秀英", "S410141000001265000001", 3), set));
        assertTrue(first.stream().noneMatch(r -> r.text().contains("版")));
        assertTrue(third.stream().anyMatch(r -> r.text().equals("第 3 版 · 取代第 2 版 · Version 3, supersedes version 2")));
        assertEquals(first.size() + 1, third.size());
    }

    @Test
    void theCodeIsPrintedInGroupsOfFour() {
        assertEquals("7K3M-9QF2-XRTW-4H8D-PC6A", CertificateLayout.grouped("7K3M9QF2XRTW4H8DPC6A"));
    }

    @Test
    void theTitleIsTheOnlyHeadingAndTheSealIsDecoration() {
        List<TextRun> runs = Samples.FONTS.use(set -> CertificateLayout.compose(Samples.content("王秀英", "S410141000001265000001"), set));
        assertEquals(List.of("职业技能等级证书"), runs.stream().filter(r -> r.role() == Role.HEADING).map(TextRun::text).toList());
        assertTrue(runs.stream().anyMatch(r -> r.role() == Role.DECORATION && r.text().equals("证书专用章")));
    }
}
