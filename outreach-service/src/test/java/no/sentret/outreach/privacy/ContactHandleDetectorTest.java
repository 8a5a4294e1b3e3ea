package no.sentret.outreach.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactHandleDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {"@maria_92", "write to @maria.92 later", "wa.me/4791234567", "https://wa.me/4791234567",
            "instagram.com/maria_92", "www.facebook.com/maria", "t.me/maria", "see https://example.org/x", "912-34-567",
            "(+47) 912.34.567", "0047-912-34-567", "+47 912 34 567"})
    void refusesHandlesLinksAndNumbers(String text) {
        assertTrue(ContactHandleDetector.find(text).isPresent(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rosa-tuesday", "met at 2022-05-01 near the station", "on 01.05.2022 at 23:30", "ca. 3-4 men",
            "blue car, 2 men", "week 2022-W18", "maria_92"})
    void letsOrdinaryTextPass(String text) {
        assertEquals(Optional.empty(), ContactHandleDetector.find(text), text);
    }
}
