package cn.eldercare.app.it;

import cn.eldercare.app.it.CertificateJourneyIT.Setup;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static cn.eldercare.app.it.Api.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bulk job over a cohort of 1,003, three of whom failed the skill test: progress while it runs, then one ZIP. */
class CertificateBulkIT {

    private static final int ISSUED = 1000;
    private static final int FAILING = 3;

    @Test
    void cohortOfAThousandIssuedAsOneJob() throws Exception {
        long course = Setup.course("YLHLY", 5, ISSUED + FAILING + 10);
        List<Long> cohort = enrolCohort(course, ISSUED + FAILING);
        Setup.attend(course, cohort, 180);
        scoreAll(cohort);

        HttpResponse<String> started = Setup.raw(Setup.request("zz-staff", "/api/courses/" + course + "/certificate-jobs")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(202, started.statusCode(), started::body);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches(".*/api/certificate-jobs/\\d+"), location);
        String job = location.substring(location.indexOf("/api/"));

        List<JsonObject> seen = follow(job);
        JsonObject last = seen.get(seen.size() - 1);
        assertEquals("DONE", last.getString("status"), last::toString);
        assertEquals(ISSUED + FAILING, last.getInt("total"));
        assertEquals(ISSUED, last.getInt("done"));
        assertEquals(FAILING, last.getInt("failed"));
        assertEquals(FAILING, last.getJsonArray("failures").size());
        last.getJsonArray("failures").forEach(f -> assertEquals("SKILL_NOT_PASSED", f.asJsonObject().getString("code")));
        assertTrue(seen.stream().anyMatch(s -> s.getString("status").equals("RUNNING")
                && s.getInt("done") + s.getInt("failed") < s.getInt("total")), "progress was visible while the job ran");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).getInt("done") >= seen.get(i - 1).getInt("done"), "done never goes back");
        }

        Map<String, byte[]> zip = unzip(Setup.download("zz-staff", job + "/zip"));
        assertEquals(ISSUED + 2, zip.size(), "1,000 PDFs, the manifest and the failures");
        List<String[]> manifest = csv(zip.get("manifest.csv"));
        assertEquals(ISSUED, manifest.size());
        Set<String> numbers = new HashSet<>();
        for (String[] row : manifest) {
            assertTrue(numbers.add(row[0]), "numbers are unique: " + row[0]);
            assertEquals(row[7], Setup.sha256(zip.get(row[6])), "the manifest's hash is the file's");
        }
        assertEquals(FAILING, csv(zip.get("failures.csv")).size());
        assertEquals(ISSUED, get("zz-staff", "/api/certificates?size=1&jobId=" + job.substring(job.lastIndexOf('/') + 1))
                .json().getInt("total"));
        JsonObject upload = Setup.upload(zip.get(manifest.get(ISSUED / 2)[6])).json();
        assertTrue(upload.getBoolean("genuine") && upload.getBoolean("current"), upload::toString);
    }

    private static List<Long> enrolCohort(long course, int size) {
        StringBuilder csv = new StringBuilder("姓名,性别,身份证号,手机号,补贴类别\n");
        for (int i = 0; i < size; i++) {
            csv.append(String.format("批量学员%04d,女,%s,1380000%04d,REGISTERED_UNEMPLOYED%n", i, World.idNumber(true), i));
        }
        Api.Reply r = Setup.call("zz-staff", "POST", "/api/courses/" + course + "/roster-import", "text/csv; charset=UTF-8",
                csv.toString().getBytes(StandardCharsets.UTF_8), null);
        assertEquals(200, r.status(), r::toString);
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ids.size() < size; page++) {
            get("zz-staff", "/api/courses/" + course + "/enrolments?size=100&page=" + page).json().getJsonArray("items")
                    .forEach(e -> ids.add(e.asJsonObject().getJsonNumber("id").longValue()));
        }
        return ids;
    }

    private static void scoreAll(List<Long> cohort) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < cohort.size(); i++) {
                long e = cohort.get(i);
                int skill = i < FAILING ? 40 : 75;
                done.add(pool.submit(() -> {
                    Setup.score(e, "THEORY", 80);
                    Setup.score(e, "SKILL", skill);
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Polls the job until it ends; every answer is kept, to see the progress it showed on the way. */
    private static List<JsonObject> follow(String job) throws InterruptedException {
        List<JsonObject> seen = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            JsonObject now = get("zz-staff", job).json();
            seen.add(now);
            if (!now.getString("status").equals("QUEUED") && !now.getString("status").equals("RUNNING")) {
                return seen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not end: " + seen.get(seen.size() - 1));
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The data rows of one of the job's CSV files (BOM and header dropped; no cell there holds a comma). */
    private static List<String[]> csv(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return text.lines().skip(1).map(l -> l.split(",", -1)).toList();
    }
}
