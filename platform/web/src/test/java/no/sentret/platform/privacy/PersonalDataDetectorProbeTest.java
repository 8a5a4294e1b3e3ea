package no.sentret.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What an attacker's probe found the guard letting through or choking on (issue 17). */
class PersonalDataDetectorProbeTest {

    private static final int LONG = 100_000;

    /** Inputs that made a pattern try every start and scan to the end (quadratic): each must take milliseconds. */
    static Stream<Arguments> hostileTexts() {
        return Stream.of(
                Arguments.of("word characters without @", "a".repeat(LONG)),
                Arguments.of("dots and word characters", "a.".repeat(LONG / 2)),
                Arguments.of("words separated by spaces", "ab ".repeat(LONG / 3)),
                Arguments.of("digits and spaces", "1 ".repeat(LONG / 2)),
                Arguments.of("digits and dashes", "1-".repeat(LONG / 2)),
                Arguments.of("at and dot words", "a at b dot ".repeat(LONG / 11)),
                Arguments.of("at without dot", "a at ".repeat(LONG / 5)),
                Arguments.of("many @", "@".repeat(LONG)),
                Arguments.of("local part then @ forever", "a".repeat(LONG / 2) + "@" + "b-".repeat(LONG / 4)),
                Arguments.of("capitalised words", "Kari ".repeat(LONG / 5)),
                Arguments.of("street words", "gate ".repeat(LONG / 5)),
                Arguments.of("brackets", "(".repeat(LONG)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void everyCheckIsLinear(String name, String text) {
        String normalised = PersonalDataDetector.normalise(text);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> PersonalDataDetector.scan(normalised), name);
    }

    @ParameterizedTest
    @ValueSource(ints = {PersonalDataDetector.MAX_LENGTH + 1, 60_000})
    void aTextLongerThanAnyFieldIsRefusedUnread(int length) {
        Optional<String> reason = assertTimeoutPreemptively(Duration.ofMillis(200),
                () -> PersonalDataDetector.find("a".repeat(length)));
        assertTrue(reason.orElse("").contains("too long"), String.valueOf(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "010190-12345", "fnr 010190-12345", "912-34-567", "912.34.567",
            "０１０１９０１２３４５", "٠١٠١٩٠١٢٣٤٥", "4123\u200B4567", "0101\u200B9012345", "ana\u200B@example.org",
            "kari at example dot no", "kari (at) example (dot) no", "kari[at]example.no", "kari krøllalfa example punktum no",
            "Storgata 1, 0155 Oslo", "bor i Storgata 1", "Thereses gate 14", "0155 Oslo", "Karl Johans gate 22",
            "Kari Nordmann", "met Maria Hansen today", "Ola Nordmann"})
    void refusesWhatTheProbeSlippedPast(String text) {
        assertTrue(PersonalDataDetector.find(text).isPresent(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"came at 17.30, left at 18", "met at the station", "2 men, blue car, Tuesday", "room 4",
            "age group 26-30", "ca. 3-4 men", "sa at hun kommer", "Vi snakket om NAV og helse", "case 2022/114",
            "week 2022-W18", "on 01.05.2022 at 23:30", "born 1990", "Tuesday evening"})
    void letsOrdinaryTextPass(String text) {
        assertEquals(Optional.empty(), PersonalDataDetector.find(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HANSEN", "hansen", "KARI92", "NGUYEN", "ANDERSEN"})
    void refusesAChosenCodeThatIsAName(String code) {
        assertTrue(PersonalDataDetector.findInChosenCode(code).isPresent(), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"K7M3QX", "ROSA", "TUESDAY", "MAYA7"})
    void letsOtherChosenCodesPass(String code) {
        assertEquals(Optional.empty(), PersonalDataDetector.findInChosenCode(code), code);
    }
}
