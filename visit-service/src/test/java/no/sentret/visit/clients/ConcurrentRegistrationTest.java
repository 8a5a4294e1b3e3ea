package no.sentret.visit.clients;

import static no.sentret.visit.Api.staff;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Issued codes shortened to 2 characters (961 possible) so that concurrent registrations really
 * collide: every one must still get its own code, none a 500.
 */
@QuarkusTest
@TestProfile(ConcurrentRegistrationTest.ShortCodes.class)
class ConcurrentRegistrationTest {

    public static class ShortCodes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sentret.visit.issued-code-length", "2");
        }
    }

    @Test
    void concurrentRegistrationsNeverShareACode() throws Exception {
        int registrations = 240;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < registrations; i++) {
                calls.add(() -> staff().body("{\"gender\":\"NOT_STATED\"}").post("/clients")
                        .then().statusCode(201).extract().path("code"));
            }
            Set<String> codes = new HashSet<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                codes.add(f.get());
            }
            assertEquals(registrations, codes.size(), "every registration got its own code");
        } finally {
            pool.shutdownNow();
        }
    }
}
