package no.sentret.outreach.messages;

import java.util.Locale;

/**
 * Conversation pseudonyms: letters, digits, spaces, dots, dashes and underscores, compared without
 * case. No "@", "/" or "+", so that a handle, link or phone number cannot be typed as a pseudonym;
 * a run of digits is refused by the personal-data guard.
 */
public final class ConversationNames {

    public static final int MAX = 40;
    public static final String PATTERN = "^[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*$";
    public static final String RULE = "must be letters, digits, spaces, '.', '-' or '_' (a pseudonym, never a name, number or handle)";

    private ConversationNames() {
    }

    public static String normalise(String pseudonym) {
        return pseudonym == null ? null : pseudonym.strip().toLowerCase(Locale.ROOT);
    }
}
