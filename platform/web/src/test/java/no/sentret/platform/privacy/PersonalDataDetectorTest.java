package no.sentret.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataDetectorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "01019912345|national identity number",
            "fnr 010199 12345 in the note|national identity number",
            "d-number 41019912345|national identity number",
            "ana@example.org|e-mail",
            "write to ana.maria+x@mail.example.com please|e-mail",
            "41234567|phone",
            "call 412 34 567|phone",
            "+47 412 34 567|phone",
            "0047 41234567|phone",
            "+34 612 345 678|phone"})
    void refusesPersonalData(String text, String kind) {
        Optional<String> reason = PersonalDataDetector.find(text);
        assertTrue(reason.isPresent(), text);
        assertTrue(reason.get().contains(kind), reason.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "K7M3QX", "registered twice on 2022-05-01", "visit 12:30, room 4", "age group 26-30",
            "1234567", "case 2022/114", "came with 2 friends at 17"})
    void acceptsOrdinaryText(String text) {
        assertEquals(Optional.empty(), PersonalDataDetector.find(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"@maria_92", "write to @maria.92 later", "wa.me/4791234567", "https://wa.me/4791234567",
            "instagram.com/maria_92", "www.facebook.com/maria", "t.me/maria", "see https://example.org/x", "912-34-567",
            "912.34.567", "(+47) 912.34.567", "0047-912-34-567"})
    void refusesHandlesLinksAndNumbersWrittenWithSeparators(String text) {
        assertTrue(PersonalDataDetector.find(text).isPresent(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rosa-tuesday", "met at 2022-05-01 near the station", "on 01.05.2022 at 23:30", "ca. 3-4 men",
            "blue car, 2 men", "week 2022-W18", "maria_92"})
    void letsOrdinaryTextWithDatesAndSmallNumbersPass(String text) {
        assertEquals(Optional.empty(), PersonalDataDetector.find(text), text);
    }
}
