package cn.eldercare.app.it;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Capacity holds under contention: the course row lock serialises enrolments into one course. */
class ConcurrentEnrolmentIT {

    @Test
    void fiftyParallelEnrolmentsIntoTwentyPlaces() throws Exception {
        long course = World.newCourse("zz-staff", 5, 20);
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            people.add(World.newCaregiver("zz-staff", "并发学员" + i));
        }
        Api.token("zz-staff");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (long person : people) {
            replies.add(pool.submit(() -> {
                start.await();
                return Api.post("zz-staff", "/api/courses/" + course + "/enrolments", World.enrolFor(person));
            }));
        }
        start.countDown();
        int enrolled = 0;
        int waiting = 0;
        for (Future<Api.Reply> f : replies) {
            Api.Reply r = f.get();
            assertEquals(201, r.status(), r::toString);
            if ("ENROLLED".equals(r.json().getString("status"))) {
                enrolled++;
            } else {
                waiting++;
            }
        }
        pool.shutdown();
        assertEquals(20, enrolled);
        assertEquals(30, waiting);
        var c = Api.get("zz-staff", "/api/courses/" + course).json();
        assertEquals(20, c.getInt("enrolled"));
        assertEquals(30, c.getInt("waiting"));
        assertEquals(20, Api.get("zz-staff", "/api/courses/" + course + "/enrolments?status=ENROLLED&size=100").json().getInt("total"));
        assertEquals(30, Api.get("zz-staff", "/api/courses/" + course + "/enrolments?status=WAITING&size=100").json().getInt("total"));
    }
}
