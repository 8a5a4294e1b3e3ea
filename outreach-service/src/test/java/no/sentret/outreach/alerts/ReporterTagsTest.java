package no.sentret.outreach.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keyed, salted reporter tag: what the database holds while an alert is pending. */
class ReporterTagsTest {

    private static ReporterTags with(String key) {
        return new ReporterTags(new SafetyAlertConfig() {
            public Optional<String> reporterKey() {
                return Optional.ofNullable(key);
            }

            public int defaultValidDays() {
                return 30;
            }

            public int maxValidDays() {
                return 90;
            }

            public int pendingDays() {
                return 14;
            }

            public String sweepEvery() {
                return "60s";
            }

            public String sweepDelay() {
                return "10s";
            }
        });
    }

    private static final String KEY = "a-key-of-at-least-thirty-two-characters";
    private static final String SUBJECT = "6f1c2d3e-aaaa-bbbb-cccc-0123456789ab";

    @Test
    void theTagNeitherContainsNorLinksTheSubject() {
        ReporterTags tags = with(KEY);
        String salt = ReporterTags.newSalt();
        String tag = tags.tag(salt, SUBJECT);
        assertEquals(64, tag.length());
        assertFalse(tag.contains(SUBJECT));
        assertTrue(tags.matches(tag, salt, SUBJECT), "the reporter is recognised");
        assertFalse(tags.matches(tag, salt, SUBJECT + "x"), "another worker is not");
        assertNotEquals(tag, tags.tag(ReporterTags.newSalt(), SUBJECT), "two alerts of one worker cannot be linked by their tags");
    }

    @Test
    void withoutTheKeyTheTagCannotBeRecomputed() {
        String salt = ReporterTags.newSalt();
        String tag = with(KEY).tag(salt, SUBJECT);
        assertFalse(with(KEY + "-other").matches(tag, salt, SUBJECT), "a guess of the subject needs the key");
        assertNotEquals(with(KEY).keyId(), with(KEY + "-other").keyId(), "the key id tells tags of another key apart");
        assertEquals(with(KEY).keyId(), with(KEY).keyId());
        assertNotEquals(with(null).keyId(), with(null).keyId(), "without a configured key each process has its own");
    }

    @Test
    void aShortKeyStopsTheStart() {
        assertThrows(IllegalStateException.class, () -> with("too-short"));
    }
}
