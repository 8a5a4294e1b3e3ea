package no.sentret.stats.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the plain JSON our producers write — an object of ASCII text without escapes, ints, booleans, nulls, arrays
 * and objects — straight from the record's bytes into {@link JsonFields}, and gives up ({@code null}) on anything
 * else, which Jackson then reads ({@link EventParser}). It accepts a strict subset of what Jackson's defaults accept
 * and builds the same fields from it, so an event's fact or dead-letter reason does not depend on which of the two
 * read it ({@code StreamingParserMatchesTreeTest}, {@code PlainJsonScannerTest}).
 *
 * <p>Why: on the replay's path Jackson's parser per record (its context, symbol table, text buffer, ~0.9 kB) and the
 * decoding of every text into characters and back were most of the parse's cost, and the parse most of a replay's
 * (bench README, step 19). Whatever is unusual is left to Jackson rather than handled twice: a byte outside printable
 * ASCII (UTF-8 is validated by Jackson), an escape, a fraction or exponent, a leading zero, a trailing comma, a root
 * that is not an object, nesting deeper than {@value #MAX_DEPTH}, input ending early. What follows the root object is
 * ignored, as Jackson's reading of the first value ignores it.
 */
final class PlainJsonScanner {

    private static final int MAX_DEPTH = 16;
    /** an int token longer than this is left to Jackson (its number-length limit, BigInteger) */
    private static final int MAX_DIGITS = 18;
    /** a name or a text longer than these is left to Jackson (its limits: 50,000 for a name, 20,000,000 for a text) */
    private static final int MAX_NAME = 1_000;
    private static final int MAX_TEXT = 1 << 20;

    /**
     * The contract's field names (every property of openapi/events/*.schema.json, which {@code PlainJsonScannerTest}
     * holds this to): a name among them is read as the constant, so reading it allocates nothing and
     * {@link JsonFields#get} finds it by identity first. A name missing here is still read, as a new String.
     */
    private static final List<String> KNOWN_NAMES = List.of("eventId", "type", "schemaVersion", "occurredAt", "recordedAt",
            "source", "clientCode", "payload", "id", "activities", "category", "vaccine", "prepStage", "dose", "channel",
            "score", "language", "followUpAnswers", "at", "reason", "code", "codes", "gender", "nationality", "ageGroup",
            "regionOfOrigin", "preferredLanguage", "firstRegisteredOn", "mergedCode", "survivingCode", "erasedAt", "area",
            "areas", "subArea", "criminalSubAreas", "outcome", "referredTo", "wouldNotOtherwiseHaveSoughtLawyer", "lawyerKind",
            "date", "openedOn", "closedOn", "kind", "district", "site", "week", "count", "revision", "contacts", "handOuts",
            "quantity", "participants", "audience", "topics", "workers", "endedAt", "direction", "concernsYoungPeople",
            "arrivedAt", "before", "ending", "expiresAt", "occurredOn", "partOfDay", "publishedAt", "recordType", "rows");
    private static final String[] KNOWN_SLOTS = slots(KNOWN_NAMES);
    private static final byte[][] KNOWN_BYTES = Arrays.stream(KNOWN_SLOTS)
            .map(n -> n == null ? null : n.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    private static final int[] KNOWN_HASHES = Arrays.stream(KNOWN_SLOTS).mapToInt(n -> n == null ? 0 : n.hashCode()).toArray();

    private final byte[] in;
    /** the index after the value's last byte: the value may be a slice of a larger array (a fetched batch's) */
    private final int end;
    private int pos;

    private PlainJsonScanner(byte[] in, int offset, int length) {
        this.in = in;
        this.pos = offset;
        this.end = offset + length;
    }

    /** @return the root object's fields, or null when Jackson has to read the value */
    static JsonFields scan(byte[] value) {
        return scan(value, 0, value.length);
    }

    /** {@link #scan(byte[])} of {@code value[offset, offset + length)}; nothing outside it is read */
    static JsonFields scan(byte[] value, int offset, int length) {
        PlainJsonScanner s = new PlainJsonScanner(value, offset, length);
        s.skipWhitespace();
        if (!s.at('{')) {
            return null;
        }
        s.pos++;
        return s.root();
    }

    /**
     * after the root's '{': the root object with everything nested in it; null when something is not plain.
     *
     * <p>One loop over a stack of the open objects and arrays, not a method per kind calling the others: the recursion
     * (an object's value an object or an array) let the JIT inline the methods into each other, and C2 compiled
     * {@code object()} twice during a replay at 0.8-0.9 s and up to 67 kB of code each time, the largest compilations
     * of the replay (bench README, step 20).
     */
    private JsonFields root() {
        Object[] open = new Object[MAX_DEPTH]; // a JsonFields or a List, the root at 0
        String[] names = new String[MAX_DEPTH]; // the name of open[d] in its object (null in an array)
        open[0] = new JsonFields();
        int depth = 1;
        boolean afterOpening = true; // a '}' or ']' may close the container at once (empty); after a ',' it may not
        while (true) {
            skipWhitespace();
            Object top = open[depth - 1];
            boolean inObject = top instanceof JsonFields;
            if (!(afterOpening && at(inObject ? '}' : ']'))) {
                String name = null;
                if (inObject) {
                    if (!at('"')) {
                        return null; // a trailing comma, an unquoted name, the end
                    }
                    pos++;
                    name = name();
                    if (name == null) {
                        return null;
                    }
                    skipWhitespace();
                    if (!at(':')) {
                        return null;
                    }
                    pos++;
                    skipWhitespace();
                }
                if (at('{') || at('[')) {
                    if (depth == MAX_DEPTH) {
                        return null;
                    }
                    names[depth] = name;
                    open[depth++] = in[pos++] == '{' ? new JsonFields() : new ArrayList<>();
                    afterOpening = true;
                    continue;
                }
                Object v = scalar();
                if (v == null) {
                    return null;
                }
                add(top, name, v);
                skipWhitespace();
                if (at(',')) {
                    pos++;
                    afterOpening = false;
                    continue;
                }
                if (!at(inObject ? '}' : ']')) {
                    return null;
                }
            }
            pos++; // the closing bracket of top; then each container whose closing bracket follows at once
            while (true) {
                Object closed = open[--depth];
                if (depth == 0) {
                    return (JsonFields) closed; // what follows the root is not read, as Jackson reads the first value
                }
                Object parent = open[depth - 1];
                add(parent, names[depth], closed);
                skipWhitespace();
                if (at(',')) {
                    pos++;
                    break;
                }
                if (!at(parent instanceof JsonFields ? '}' : ']')) {
                    return null;
                }
                pos++;
            }
            afterOpening = false;
        }
    }

    @SuppressWarnings("unchecked")
    private static void add(Object container, String name, Object value) {
        if (container instanceof JsonFields fields) {
            fields.put(name, value);
        } else {
            ((List<Object>) container).add(value);
        }
    }

    /** at a text's, number's or literal's first byte; null when it is none of them, or not plain */
    private Object scalar() {
        if (pos >= end) {
            return null;
        }
        byte b = in[pos];
        switch (b) {
            case '"':
                pos++;
                return text(MAX_TEXT);
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", JsonFields.NULL);
            default:
                return b == '-' || (b >= '0' && b <= '9') ? number() : null;
        }
    }

    /** after a name's opening quote: the known name's constant, or the text as a new String */
    private String name() {
        int start = pos;
        int limit = Math.min(end, pos + MAX_NAME + 1);
        int hash = 0;
        for (int i = start; i < limit; i++) {
            byte b = in[i];
            if (b == '"') {
                pos = i + 1;
                return known(start, i, hash);
            }
            if (b < 0x20 || b == '\\') {
                return null;
            }
            hash = 31 * hash + b; // String.hashCode of an ASCII name
        }
        return null;
    }

    private String known(int from, int to, int hash) {
        int mask = KNOWN_SLOTS.length - 1;
        for (int slot = spread(hash) & mask; KNOWN_SLOTS[slot] != null; slot = (slot + 1) & mask) {
            if (KNOWN_HASHES[slot] == hash && sameBytes(from, to, KNOWN_BYTES[slot])) {
                return KNOWN_SLOTS[slot];
            }
        }
        return new String(in, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** a plain loop: the names are short, and Arrays.equals' vectorized compare cost more to set up than to run here */
    private boolean sameBytes(int from, int to, byte[] name) {
        if (to - from != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (in[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** after a text's opening quote: printable ASCII up to the closing quote, no escape */
    private String text(int maxLength) {
        int start = pos;
        int close = closingQuote(maxLength);
        if (close < 0) {
            return null;
        }
        pos = close + 1;
        return new String(in, start, close - start, StandardCharsets.ISO_8859_1); // ASCII: the same characters
    }

    /** the closing quote's index, or -1 when a byte before it is not plain (or it does not come within maxLength) */
    private int closingQuote(int maxLength) {
        int limit = Math.min(end, pos + maxLength + 1);
        for (int i = pos; i < limit; i++) {
            byte b = in[i];
            if (b == '"') {
                return i;
            }
            if (b < 0x20 || b == '\\') { // a negative byte is outside ASCII: Jackson checks the UTF-8
                return -1;
            }
        }
        return -1;
    }

    /** the known names in an open-addressing table by their hash, at least four slots a name */
    private static String[] slots(List<String> names) {
        String[] slots = new String[Integer.highestOneBit(names.size() * 4) * 2];
        for (String name : names) {
            int slot = spread(name.hashCode()) & (slots.length - 1);
            while (slots[slot] != null) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = name;
        }
        return slots;
    }

    private Object literal(String word, Object value) {
        int after = pos + word.length();
        if (after > end) {
            return null;
        }
        for (int i = 0; i < word.length(); i++) {
            if (in[pos + i] != word.charAt(i)) {
                return null;
            }
        }
        pos = after;
        return endsToken() ? value : null; // "nullx" is a token Jackson does not know
    }

    /** an int token: -?(0|[1-9][0-9]*) */
    private Object number() {
        int start = pos;
        if (in[pos] == '-') {
            pos++;
        }
        int firstDigit = pos;
        long n = 0;
        while (pos < end && in[pos] >= '0' && in[pos] <= '9') {
            if (pos - firstDigit == MAX_DIGITS) {
                return null;
            }
            n = n * 10 + (in[pos++] - '0');
        }
        int digits = pos - firstDigit;
        if (digits == 0 || (digits > 1 && in[firstDigit] == '0') || !endsToken()) {
            return null; // "-", a leading zero, a fraction or exponent, "1x"
        }
        long signed = in[start] == '-' ? -n : n;
        return signed >= Integer.MIN_VALUE && signed <= Integer.MAX_VALUE ? (Object) (int) signed : JsonFields.OTHER_NUMBER;
    }

    /** whether the byte after a number or literal ends it: white space or a structural character (not the input's end) */
    private boolean endsToken() {
        if (pos >= end) {
            return false;
        }
        byte b = in[pos];
        return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private boolean at(char c) {
        return pos < end && in[pos] == c;
    }

    private void skipWhitespace() {
        while (pos < end) {
            byte b = in[pos];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            pos++;
        }
    }
}
