package cn.eldercare.app.it;

import cn.eldercare.app.it.CertificateJourneyIT.Setup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import static cn.eldercare.app.it.Api.get;
import static cn.eldercare.app.it.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The regulator's statistics: certified staff per institution and level, certificates per base and month, subsidy lists. */
class CertificateStatisticsIT {

    private static final String HOME = "统计测试养老院" + ThreadLocalRandom.current().nextInt(1_000_000);
    private static String number;
    private static String masked;

    @BeforeAll
    static void oneCertifiedOneNot() {
        long certified = World.newCaregiver("zz-staff", "统计甲");
        long other = World.newCaregiver("zz-staff", "统计乙");
        for (long g : new long[]{certified, other}) {
            Api.Reply w = post("zz-staff", "/api/caregivers/" + g + "/work", Json.createObjectBuilder().add("employer", HOME)
                    .add("from", LocalDate.now().minusYears(2).toString()).add("related", true).build());
            assertEquals(201, w.status(), w::toString);
        }
        long e = Setup.trained(Setup.course("YLHLY", 5, 5), certified, 5);
        JsonObject c = post("zz-staff", "/api/certificates", Json.createObjectBuilder().add("enrolmentId", e).build()).json();
        number = c.getString("number");
        masked = c.getString("idNumberMasked");
    }

    @Test
    void certifiedStaffPerInstitutionAndLevel() throws IOException {
        JsonObject report = get("regulator", "/api/certificate-statistics/staff").json();
        JsonObject home = report.getJsonArray("institutions").stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("institution").equals(HOME)).findFirst().orElseThrow();
        assertEquals(2, home.getInt("staff"));
        assertEquals(1, home.getInt("certified"));
        assertEquals(0.5, home.getJsonNumber("ratio").doubleValue());
        assertEquals(1, home.getInt("level5"));
        assertTrue(report.getJsonObject("total").getInt("certified") >= 1);

        Api.Reply csv = get("regulator", "/api/certificate-statistics/staff?format=csv");
        assertTrue(csv.contentType().startsWith("text/csv"), csv::toString);
        assertTrue(csv.body().startsWith("\uFEFF机构,在岗人数,持证人数,持证率"), "a BOM and Chinese headers, for Excel");
        assertTrue(csv.body().contains(HOME + ",2,1,0.5,0,0,0,0,1"), csv::body);

        byte[] xlsx = Setup.download("regulator", "/api/certificate-statistics/staff?format=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            boolean found = false;
            for (Row row : book.getSheetAt(0)) {
                if (row.getCell(0).getStringCellValue().equals(HOME)) {
                    assertEquals(0.5, row.getCell(3).getNumericCellValue());
                    found = true;
                }
            }
            assertTrue(found);
        }
    }

    @Test
    void certificatesPerBasePerMonthAndSubsidyLists() {
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonObject monthly = get("regulator", "/api/certificate-statistics/monthly").json();
        assertTrue(monthly.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .anyMatch(r -> r.getString("month").equals(month) && r.getString("baseName").startsWith("郑州市卫生健康学校")
                        && r.getInt("issued") >= 1), monthly::toString);
        assertTrue(get("regulator", "/api/certificate-statistics/monthly?format=csv&from=" + month + "&to=" + month).body()
                .contains(month + ","));

        JsonObject list = get("regulator", "/api/certificate-statistics/subsidy?category=EMPLOYED&size=100&from="
                + LocalDate.now().minusDays(2)).json();
        assertTrue(list.getInt("total") >= 1);
        String csv = get("regulator", "/api/certificate-statistics/subsidy?category=EMPLOYED&format=csv").body();
        assertTrue(csv.contains(number) && csv.contains(masked) && csv.contains("在职职工"), csv);
        String english = Setup.call("regulator", "GET", "/api/certificate-statistics/subsidy?category=EMPLOYED&format=csv",
                null, null, "en").body();
        assertTrue(english.startsWith("\uFEFFsubsidy category,name") && english.contains("employed"));
        assertTrue(new String(Setup.download("regulator", "/api/certificate-statistics/subsidy?format=xlsx"), 0, 2,
                StandardCharsets.ISO_8859_1).equals("PK"), "an XLSX is a ZIP");
    }

    @Test
    void onlyTheRegulatorAndOnlyWellFormedQueries() {
        assertEquals(403, get("zz-staff", "/api/certificate-statistics/staff").status());
        assertEquals(401, Setup.call(null, "GET", "/api/certificate-statistics/staff", null, null, null).status());
        for (String bad : new String[]{"staff?format=pdf", "staff?occupation=ylhly!", "monthly?from=2026-13",
                "monthly?from=2026-05&to=2026-01", "subsidy?category=NOPE", "subsidy?from=yesterday", "subsidy?size=1000"}) {
            Api.Reply r = Setup.call("regulator", "GET", "/api/certificate-statistics/" + bad, null, null, "en");
            assertEquals(400, r.status(), () -> bad + " " + r);
            assertTrue(r.isProblem(), r::toString);
        }
    }
}
