package cn.eldercare.app.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Builds fresh test data through the API, with valid and unique ID numbers. */
public final class World {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 500_000));

    private World() {
    }

    /** A valid resident ID number, unique within this test run (region 419001, birth date from the counter). */
    public static String idNumber(boolean female) {
        int n = SEQ.incrementAndGet();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 14_000);
        int seq = (n / 14_000) % 500 * 2 + (female ? 0 : 1);
        String body = "419001" + birth.toString().replace("-", "") + String.format("%03d", seq % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }

    /** A valid ID number of someone born on the given day (for age rules), unique within this run. */
    public static String idNumberBornOn(LocalDate birth) {
        int seq = SEQ.incrementAndGet() % 500 * 2;
        String body = "410105" + birth.toString().replace("-", "") + String.format("%03d", seq);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }

    public static JsonObjectBuilder caregiverJson(String name, String idNumber) {
        return Json.createObjectBuilder().add("idNumber", idNumber).add("name", name).add("phone", "13800000000")
                .add("education", "TECHNICAL_SCHOOL").add("educationInField", true).add("subsidyCategory", "EMPLOYED");
    }

    public static long newCaregiver(String staff, String name) {
        Api.Reply r = Api.post(staff, "/api/caregivers", caregiverJson(name, idNumber(true)).build());
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    public static JsonObjectBuilder courseJson(String occupation, int level, int capacity) {
        LocalDate start = LocalDate.now().minusDays(7);
        return Json.createObjectBuilder().add("occupationCode", occupation).add("level", level).add("title", "测试课程 " + SEQ.incrementAndGet())
                .add("capacity", capacity).add("startsOn", start.toString()).add("endsOn", start.plusDays(60).toString())
                .add("schedule", "周一至周五").add("deliveryMode", "OFFLINE").add("subsidyEligible", true)
                .add("modules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", "生活照料").add("hours", 40)));
    }

    public static long newCourse(String staff, int level, int capacity) {
        Api.Reply r = Api.post(staff, "/api/courses", courseJson("YLHLY", level, capacity).build());
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    public static JsonObject enrolFor(long caregiverId) {
        return Json.createObjectBuilder().add("caregiverId", caregiverId).build();
    }
}
