package cn.eldercare.app.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk enrolment from CSV and XLSX rosters: all or nothing by default, or the good rows only; every bad row is
 * reported with its row number (as the spreadsheet shows it, the header being row 1), its column and the reason.
 */
class RosterImportIT {

    private static final String STAFF = "zz-staff";
    private static final String REGULATOR = "regulator";

    enum Format {
        CSV(MatrixRosters.CSV, MatrixRosters::csv),
        XLSX(MatrixRosters.XLSX, MatrixRosters::xlsx);

        final String contentType;
        final Function<List<List<Object>>, byte[]> file;

        Format(String contentType, Function<List<List<Object>>, byte[]> file) {
            this.contentType = contentType;
            this.file = file;
        }
    }

    private record Counts(long roster, long caregivers, long audit) {
        static Counts of(long course) {
            return new Counts(total(STAFF, "/api/courses/" + course + "/enrolments"), total(REGULATOR, "/api/caregivers"),
                    total(REGULATOR, "/api/audit"));
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aGoodRosterEnrolsEveryoneAndQueuesThoseBeyondCapacity(Format format) {
        long course = World.newCourse(STAFF, 5, 2);
        List<List<Object>> rows = roster(
                MatrixRosters.person("名册甲", World.idNumber(true)),
                MatrixRosters.person("名册乙", World.idNumber(false)),
                MatrixRosters.person("名册丙", World.idNumber(true)));

        Api.Reply r = upload(format, course, "", rows, null);

        assertEquals(200, r.status(), r::toString);
        JsonObject report = r.json();
        assertEquals(3, report.getInt("imported"));
        assertEquals(2, report.getInt("enrolled"));
        assertEquals(1, report.getInt("waiting"));
        assertEquals(3, report.getInt("newCaregivers"));
        assertTrue(report.getJsonArray("errors").isEmpty(), r::toString);
        JsonArray roster = Api.get(STAFF, "/api/courses/" + course + "/enrolments?size=10").json().getJsonArray("items");
        assertEquals(List.of("名册甲", "名册乙", "名册丙"), roster.stream().map(e -> e.asJsonObject().getString("caregiverName")).toList());
        assertEquals(List.of("ENROLLED", "ENROLLED", "WAITING"), roster.stream().map(e -> e.asJsonObject().getString("status")).toList());
    }

    /** Excel users type phone numbers as numbers; the reader must not turn 13800000000 into 1.38E10. */
    @Test
    void anXlsxRosterMayHoldThePhoneAsANumber() {
        long course = World.newCourse(STAFF, 5, 10);
        List<Object> person = new ArrayList<>(MatrixRosters.person("数字电话", World.idNumber(true)));
        person.set(3, 13_912_345_678L);

        Api.Reply r = upload(Format.XLSX, course, "", roster(person), null);

        assertEquals(200, r.status(), r::toString);
        assertEquals(1, r.json().getInt("imported"), r::toString);
        long id = Api.get(STAFF, "/api/courses/" + course + "/enrolments").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("caregiverId").longValue();
        assertTrue(Api.get(STAFF, "/api/caregivers?size=100&name=" + URLEncoder.encode("数字电话", StandardCharsets.UTF_8)).json()
                .getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).anyMatch(g -> g.getJsonNumber("id").longValue() == id
                        && "13912345678".equals(g.getString("phone"))), "the phone is stored as typed");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void allOrNothingRefusesTheFileNamingEveryBadRowAndImportsNothing(Format format) {
        long course = World.newCourse(STAFF, 5, 10);
        Counts before = Counts.of(course);

        Api.Reply r = upload(format, course, "?mode=ALL_OR_NOTHING", mixedRoster(), null);

        assertEquals(422, r.status(), r::toString);
        assertTrue(r.isProblem(), r::toString);
        JsonObject problem = r.json();
        assertEquals("ROSTER_REJECTED", problem.getString("code"));
        assertEquals("名册有 6 处错误，未导入任何记录", problem.getString("title"));
        assertEquals(MIXED_ROSTER_ERRORS.keySet().stream().map(row -> "row " + row + ": " + MIXED_ROSTER_ERRORS.get(row)).toList(),
                problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList());
        assertEquals(before, Counts.of(course), "nothing was imported, registered or audited");
        assertEquals(422, upload(format, course, "", mixedRoster(), null).status(), "all or nothing is the default");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void goodRowsModeImportsTheGoodRowsAndReportsTheBadOnes(Format format) {
        long course = World.newCourse(STAFF, 5, 10);
        long caregiversBefore = total(REGULATOR, "/api/caregivers");

        Api.Reply r = upload(format, course, "?mode=GOOD_ROWS", mixedRoster(), null);

        assertEquals(200, r.status(), r::toString);
        JsonObject report = r.json();
        assertEquals(2, report.getInt("imported"), r::toString);
        assertEquals(2, report.getInt("newCaregivers"));
        assertEquals(MIXED_ROSTER_ERRORS.size(), report.getJsonArray("errors").size(), r::toString);
        Map<Integer, String> reported = new TreeMap<>();
        for (JsonValue e : report.getJsonArray("errors")) {
            JsonObject error = e.asJsonObject();
            reported.put(error.getInt("row"), error.getString("column"));
            assertFalse(error.getString("message").isBlank(), error::toString);
        }
        assertEquals(MIXED_ROSTER_ERRORS, reported);
        assertEquals(2, total(STAFF, "/api/courses/" + course + "/enrolments"));
        assertEquals(caregiversBefore + 2, total(REGULATOR, "/api/caregivers"));
    }

    @Test
    void aRowForSomeoneAlreadyRegisteredEnrolsThemWithoutRegisteringThemAgain() {
        String idNumber = World.idNumber(false);
        Api.Reply registered = Api.post(STAFF, "/api/caregivers", World.caregiverJson("已登记学员", idNumber).build());
        assertEquals(201, registered.status(), registered::toString);
        long course = World.newCourse(STAFF, 5, 10);
        long caregiversBefore = total(REGULATOR, "/api/caregivers");

        Api.Reply r = upload(Format.CSV, course, "", roster(MatrixRosters.person("已登记学员", idNumber)), null);

        assertEquals(200, r.status(), r::toString);
        assertEquals(1, r.json().getInt("imported"));
        assertEquals(0, r.json().getInt("newCaregivers"));
        assertEquals(caregiversBefore, total(REGULATOR, "/api/caregivers"));
        assertEquals(registered.json().getJsonNumber("id").longValue(), Api.get(STAFF, "/api/courses/" + course + "/enrolments")
                .json().getJsonArray("items").getJsonObject(0).getJsonNumber("caregiverId").longValue());
    }

    @Test
    void aRowForSomeoneAlreadyEnrolledInTheCourseIsABadRow() {
        long course = World.newCourse(STAFF, 5, 10);
        List<List<Object>> rows = roster(MatrixRosters.person("重复报名", World.idNumber(true)));
        assertEquals(200, upload(Format.CSV, course, "", rows, null).status());

        Api.Reply again = upload(Format.CSV, course, "?mode=GOOD_ROWS", rows, "en");

        assertEquals(200, again.status(), again::toString);
        assertEquals(0, again.json().getInt("imported"));
        JsonObject error = again.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(2, error.getInt("row"));
        assertEquals("idNumber", error.getString("column"));
        assertEquals("already enrolled in this course", error.getString("message"));
        assertEquals(422, upload(Format.CSV, course, "", rows, null).status());
        assertEquals(1, total(STAFF, "/api/courses/" + course + "/enrolments"));
    }

    @Test
    void reasonsFollowAcceptLanguage() {
        long course = World.newCourse(STAFF, 5, 10);
        List<Object> person = new ArrayList<>(MatrixRosters.person("电话有误", World.idNumber(true)));
        person.set(3, "12345");
        List<List<Object>> rows = roster(person);

        String english = upload(Format.CSV, course, "?mode=GOOD_ROWS", rows, "en").json().getJsonArray("errors").getJsonObject(0)
                .getString("message");
        String chinese = upload(Format.CSV, course, "?mode=GOOD_ROWS", rows, null).json().getJsonArray("errors").getJsonObject(0)
                .getString("message");
        JsonObject refused = upload(Format.CSV, course, "", rows, "en").json();

        assertEquals("the phone must be an 11-digit mainland mobile number", english);
        assertEquals("手机号应为11位大陆手机号码", chinese);
        assertEquals("Errors in the roster: 1; nothing was imported", refused.getString("title"));
        assertEquals("the phone must be an 11-digit mainland mobile number",
                refused.getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    /**
     * A CSV as Excel in China saves it: GB18030, columns in another order under alias and English headers, columns the
     * import does not know, empty rows between blocks, a quoted name with a comma, phones written with spaces,
     * dashes or +86. Row numbers still count records, so the bad row is reported as the spreadsheet shows it.
     */
    @Test
    void aCsvSavedByChineseExcelIsRead() {
        long course = World.newCourse(STAFF, 5, 10);
        String female = World.idNumber(true);
        String male = World.idNumber(false);
        List<List<String>> rows = List.of(
                List.of("序号", "公民身份号码", "name", "Gender", "联系电话", "人员类别", "文化程度", "备注"),
                List.of("1", female, "欧阳, 秀兰", "F", "138 0013 8000", "登记失业人员", "中专", "夜班"),
                List.of("", "", "", "", "", "", "", ""),
                List.of("2", male, "王建军", "男", "+86 139-0013-9000", "registered unemployed", "大专", ""),
                List.of("3", World.idNumber(true), "缺电话", "女", "", "其他", "", ""));

        Api.Reply r = Api.raw(STAFF, "POST", "/api/courses/" + course + "/roster-import?mode=GOOD_ROWS", MatrixRosters.CSV,
                MatrixRosters.csv(rows, Charset.forName("GB18030")), null);

        assertEquals(200, r.status(), r::toString);
        assertEquals(2, r.json().getInt("imported"), r::toString);
        JsonObject error = r.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(5, error.getInt("row"), "the empty row is skipped but still counted");
        assertEquals("phone", error.getString("column"));
        assertTrue(Api.get(STAFF, "/api/courses/" + course + "/enrolments").json().getJsonArray("items").stream()
                .anyMatch(e -> e.asJsonObject().getString("caregiverName").equals("欧阳, 秀兰")), "the quoted comma is kept");
    }

    @Nested
    @DisplayName("problems with the whole file")
    class WholeFile {

        /** A problem with the whole file has no column; RosterImport renders it as the field "row 0: null". */
        @ParameterizedTest
        @EnumSource(Format.class)
        void aProblemWithTheWholeFileNamesNoNullColumn(Format format) {
            long course = World.newCourse(STAFF, 5, 10);
            Api.Reply r = Api.raw(STAFF, "POST", "/api/courses/" + course + "/roster-import", format.contentType, new byte[0], null);
            assertEquals(422, r.status(), r::toString);
            assertTrue(r.json().getJsonArray("errors").stream().noneMatch(e -> e.asJsonObject().getString("field").contains("null")),
                    r::toString);
        }
    }

    /** Row (as the spreadsheet numbers it) to the column reported for the bad rows of {@link #mixedRoster()}. */
    private static final Map<Integer, String> MIXED_ROSTER_ERRORS = new TreeMap<>(Map.of(
            3, "idNumber", 4, "gender", 5, "phone", 6, "subsidyCategory", 7, "name", 8, "idNumber"));

    /** Two good rows (2 and 9) around one bad row of each kind; row 8 repeats row 2's ID number. */
    private static List<List<Object>> mixedRoster() {
        String first = World.idNumber(true);
        String valid = World.idNumber(true);
        List<Object> wrongCheck = new ArrayList<>(MatrixRosters.person("校验位错", valid));
        wrongCheck.set(2, valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0'));
        List<Object> wrongGender = new ArrayList<>(MatrixRosters.person("性别不符", World.idNumber(true)));
        wrongGender.set(1, "男");
        List<Object> wrongPhone = new ArrayList<>(MatrixRosters.person("电话错", World.idNumber(false)));
        wrongPhone.set(3, "12345");
        List<Object> unknownCategory = new ArrayList<>(MatrixRosters.person("类别错", World.idNumber(true)));
        unknownCategory.set(5, "土豪");
        List<Object> noName = new ArrayList<>(MatrixRosters.person("", World.idNumber(false)));
        return roster(
                MatrixRosters.person("好学员甲", first),
                wrongCheck, wrongGender, wrongPhone, unknownCategory, noName,
                MatrixRosters.person("重复身份证", first),
                MatrixRosters.person("好学员乙", World.idNumber(false)));
    }

    @SafeVarargs
    private static List<List<Object>> roster(List<Object>... people) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.copyOf(MatrixRosters.HEADER));
        rows.addAll(List.of(people));
        return rows;
    }

    private static Api.Reply upload(Format format, long course, String query, List<List<Object>> rows, String language) {
        return Api.raw(STAFF, "POST", "/api/courses/" + course + "/roster-import" + query, format.contentType,
                format.file.apply(rows), language);
    }

    private static long total(String user, String list) {
        Api.Reply r = Api.get(user, list + "?size=1");
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonNumber("total").longValue();
    }
}
