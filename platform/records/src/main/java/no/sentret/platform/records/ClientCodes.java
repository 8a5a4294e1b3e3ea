package no.sentret.platform.records;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Client codes are read aloud and typed at the front desk, so they use an alphabet without the
 * look-alikes 0/O, 1/I/L. Issued codes are random (never derived from anything about the person).
 */
public final class ClientCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final String PATTERN = "^[2-9A-HJKMNP-Z]{4,12}$";
    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final Pattern VALID_PREFIX = Pattern.compile("^[2-9A-HJKMNP-Z]{1,12}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClientCodes() {
    }

    public static String issue(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Codes are case-insensitive for people and upper-case in storage. */
    public static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String normalised) {
        return normalised != null && VALID.matcher(normalised).matches();
    }

    public static boolean isValidPrefix(String normalised) {
        return normalised != null && VALID_PREFIX.matcher(normalised).matches();
    }
}
