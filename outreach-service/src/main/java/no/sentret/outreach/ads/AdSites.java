package no.sentret.outreach.ads;

/** Names of ad sites: letters, digits, spaces, dots and dashes. */
final class AdSites {

    static final String PATTERN = "^[\\p{L}\\p{N}][\\p{L}\\p{N} .-]*$";
    static final String RULE = "must be letters, digits, spaces, '.' or '-'";

    private AdSites() {
    }
}
