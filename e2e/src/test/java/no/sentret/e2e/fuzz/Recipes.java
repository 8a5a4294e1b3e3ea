package no.sentret.e2e.fuzz;

import java.util.SplittableRandom;
import no.sentret.e2e.fuzz.RequestFactory.Recipe;

/**
 * Each case's recipe — the kind of request (valid : boundary : invalid as 2 : 1 : 5), a seed for its values,
 * which slot and variant to break, and a short noisy string (Latin and Cyrillic letters, control and format
 * characters) — drawn from one seeded generator, so the same seed sends the same requests in the same order.
 */
final class Recipes {

    private static final FuzzRequest.Kind[] KINDS = {
        FuzzRequest.Kind.VALID, FuzzRequest.Kind.VALID, FuzzRequest.Kind.BOUNDARY,
        FuzzRequest.Kind.INVALID, FuzzRequest.Kind.INVALID, FuzzRequest.Kind.INVALID, FuzzRequest.Kind.INVALID,
        FuzzRequest.Kind.INVALID};
    private static final char[] SPECIALS = {'\u0000', '\u0008', '\u001f', '\u2028', '\ufeff'};
    private static final int NOISE_MAX_LENGTH = 16;

    private final SplittableRandom random;

    Recipes(long seed) {
        this.random = new SplittableRandom(seed);
    }

    Recipe next() {
        return new Recipe(KINDS[random.nextInt(KINDS.length)], random.nextLong(), random.nextInt(10_001),
                random.nextInt(10_001), noise());
    }

    private String noise() {
        StringBuilder noise = new StringBuilder();
        int length = random.nextInt(NOISE_MAX_LENGTH + 1);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(10);
            noise.append(pick == 0 ? SPECIALS[random.nextInt(SPECIALS.length)]
                    : pick < 7 ? (char) random.nextInt(' ', '\u0250')
                    : (char) random.nextInt('\u0400', '\u0500'));
        }
        return noise.toString();
    }
}
