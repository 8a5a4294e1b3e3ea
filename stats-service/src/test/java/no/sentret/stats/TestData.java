package no.sentret.stats;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import no.sentret.stats.report.AnnualReport;

/**
 * Hands each test years and client codes of its own, so that the test classes share one database
 * and one broker without knowing about each other: a test reads only the figures of years it was
 * given, about codes it made up. Years start at a random point and are never handed out twice in a
 * JVM; a year that already has figures (e.g. left in the broker by an earlier run against an
 * external one) is skipped.
 */
final class TestData {

    /** Inside the API's 1990-2200, and every year under today's EU summer-time rule (last Sundays of March and October). */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2199;

    private static final Random RANDOM = new SecureRandom();
    private static final Set<Integer> HANDED_OUT = new HashSet<>();
    private static int next = FIRST_YEAR + RANDOM.nextInt(LAST_YEAR - FIRST_YEAR + 1);

    private TestData() {
    }

    /** @return the first of {@code count} consecutive years no other test uses; call it inside a test (it asks the API) */
    static synchronized int freshYears(int count) {
        for (int tries = 0; tries <= LAST_YEAR - FIRST_YEAR; tries++) {
            if (next + count - 1 > LAST_YEAR) {
                next = FIRST_YEAR;
            }
            int first = next;
            next += count;
            if (anyHandedOut(first, count)) {
                continue;
            }
            for (int y = first; y < first + count; y++) {
                HANDED_OUT.add(y); // used or not, never looked at again
            }
            if (empty(first, count)) {
                return first;
            }
        }
        throw new IllegalStateException("no " + count + " unused consecutive years left in " + FIRST_YEAR + "-" + LAST_YEAR);
    }

    /** @return e.g. "EO-k3x9q2-": a tag for the reader of a failure, random so that no other test has the same codes */
    static String codePrefix(String tag) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder b = new StringBuilder(tag).append('-');
        for (int i = 0; i < 6; i++) {
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.append('-').toString();
    }

    private static boolean anyHandedOut(int first, int count) {
        for (int y = first; y < first + count; y++) {
            if (HANDED_OUT.contains(y)) {
                return true;
            }
        }
        return false;
    }

    private static boolean empty(int first, int count) {
        for (int y = first; y < first + count; y++) {
            AnnualReport r = Api.annual(y);
            if (r.uniqueUsers() != 0 || r.servicesGiven() != 0 || r.feedback().responses() != 0) {
                return false;
            }
        }
        return true;
    }
}
