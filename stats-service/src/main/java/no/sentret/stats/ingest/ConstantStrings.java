package no.sentret.stats.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A fixed set of ASCII strings, found by the bytes of a name or a text as {@link PlainJsonScanner} reads them: what it
 * finds is the constant itself, so the read allocates nothing, and a check that compares it with a constant finds it
 * by identity. An open-addressing table by {@link String#hashCode}, at least four slots a string; the bytes compared
 * in a plain loop (they are short, and {@code Arrays.equals}' vectorized compare cost more to set up than to run, bench
 * README step 19).
 */
final class ConstantStrings {

    private final String[] slots;
    private final byte[][] bytes;
    private final int[] hashes;

    ConstantStrings(Collection<String> strings) {
        Set<String> distinct = new LinkedHashSet<>(strings);
        slots = new String[Integer.highestOneBit(Math.max(1, distinct.size()) * 4) * 2];
        bytes = new byte[slots.length][];
        hashes = new int[slots.length];
        for (String s : distinct) {
            if (!StandardCharsets.US_ASCII.newEncoder().canEncode(s)) {
                throw new IllegalArgumentException("not ASCII: " + s);
            }
            int slot = spread(s.hashCode()) & (slots.length - 1);
            while (slots[slot] != null) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = s;
            bytes[slot] = s.getBytes(StandardCharsets.US_ASCII);
            hashes[slot] = s.hashCode();
        }
    }

    /** {@link String#hashCode} of ASCII text, one byte at a time: {@code hash = step(hash, b)} from 0 */
    static int step(int hash, byte b) {
        return 31 * hash + b;
    }

    /**
     * @param hash {@link String#hashCode} of {@code in[from, to)} read as ASCII (see {@link #step})
     * @return the constant those bytes spell, or null when there is none
     */
    String find(byte[] in, int from, int to, int hash) {
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && sameBytes(in, from, to, bytes[slot])) {
                return slots[slot];
            }
        }
        return null;
    }

    /** whether it holds {@code s} (the constant or an equal string) */
    boolean contains(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return StandardCharsets.US_ASCII.newEncoder().canEncode(s) && s.equals(find(b, 0, b.length, s.hashCode()));
    }

    private static boolean sameBytes(byte[] in, int from, int to, byte[] constant) {
        if (to - from != constant.length) {
            return false;
        }
        for (int i = 0; i < constant.length; i++) {
            if (in[from + i] != constant[i]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
