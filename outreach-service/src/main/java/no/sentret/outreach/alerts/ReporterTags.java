package no.sentret.outreach.alerts;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who reported an alert, kept only as far as "is the approver the reporter?" needs: an HMAC-SHA256
 * of the reporter's token subject under a per-deployment key that is not in the database, with a
 * random salt per alert (two alerts of one worker cannot be linked by their tags). The tag, salt and
 * key id are erased when the alert leaves PENDING.
 */
@Startup // a key that is too short stops the start, not the first alert
@ApplicationScoped
public class ReporterTags {

    static final int MIN_KEY_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] key;
    private final String keyId;

    public ReporterTags(SafetyAlertConfig config) {
        if (config.reporterKey().isPresent()) {
            String configured = config.reporterKey().get();
            if (configured.length() < MIN_KEY_LENGTH) {
                throw new IllegalStateException("sentret.alerts.reporter-key must be at least " + MIN_KEY_LENGTH + " characters");
            }
            key = configured.getBytes(StandardCharsets.UTF_8);
        } else {
            key = new byte[32];
            RANDOM.nextBytes(key);
            Log.warn("sentret.alerts.reporter-key is not set: safety alerts recorded before a restart or on another replica "
                    + "cannot be approved (set SENTRET_ALERTS_REPORTER_KEY)");
        }
        keyId = HEX.formatHex(hmac("sentret-safety-alert-key-id".getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    /** Which key the tags are made with; a tag made under another key cannot be compared. */
    public String keyId() {
        return keyId;
    }

    public static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HEX.formatHex(salt);
    }

    public String tag(String salt, String subject) {
        byte[] s = (salt + "\u0000" + subject).getBytes(StandardCharsets.UTF_8);
        return HEX.formatHex(hmac(s));
    }

    /** Constant-time comparison: the answer must not leak through timing either. */
    public boolean matches(String tag, String salt, String subject) {
        return MessageDigest.isEqual(HEX.parseHex(tag), HEX.parseHex(tag(salt, subject)));
    }

    private byte[] hmac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
