package no.sentret.stats.ingest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one JSON object, read from Jackson's tokens or by {@link PlainJsonScanner}: a text is a {@link String}, a number that fits an
 * int an {@link Integer}, any other number {@link #OTHER_NUMBER}, true/false a {@link Boolean}, null {@link #NULL},
 * an array a {@link List}, an object another {@code JsonFields}; a field that is absent is {@code null}.
 *
 * <p>Why not check the fields while the tokens stream by: the reasons an event is refused must stay what they were
 * with Jackson's tree (a record that is not JSON says so whatever its fields; otherwise the first field at fault in
 * the contract's order), so every field is read before any is checked. What this saves against {@code JsonNode}
 * is the node per value, the map entry per field and the tree deserializer's bookkeeping: a text is the String
 * the check reads anyway. Semantics kept from the tree: a repeated name keeps the last value; an int is only a
 * number token that fits an int ({@code JsonNode.isInt}); every token is read to its end, so bytes that are not
 * UTF-8 or a broken escape anywhere in the record make it "not JSON", as before.
 */
final class JsonFields {

    /** a number that is not an int (a fraction, an exponent, beyond int's range): never accepted where an int is */
    static final Object OTHER_NUMBER = new Object();
    /** an explicit JSON null, which (unlike an absent field) {@code has} sees */
    static final Object NULL = new Object();

    private String[] names = new String[8];
    private Object[] values = new Object[8];
    private int size;

    /** @return the value of the token the parser is at (read to its end), as described above */
    static Object readValue(JsonParser p, JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonParseException(p, "unexpected end of input");
        }
        switch (token) {
            case START_OBJECT:
                return readObject(p);
            case START_ARRAY: {
                List<Object> items = new ArrayList<>();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    items.add(readValue(p, t));
                }
                return items;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.INT ? (Object) p.getIntValue() : OTHER_NUMBER;
            case VALUE_NUMBER_FLOAT:
                return OTHER_NUMBER;
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw new JsonParseException(p, "unexpected token " + token);
        }
    }

    /** Reads the object whose START_OBJECT the parser is at, up to and including its END_OBJECT. */
    private static JsonFields readObject(JsonParser p) throws IOException {
        JsonFields fields = new JsonFields();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            fields.put(name, readValue(p, p.nextToken()));
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonParseException(p, "unexpected token " + p.currentToken());
        }
        return fields;
    }

    void put(String name, Object value) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                values[i] = value; // the last of a repeated name wins, as in Jackson's ObjectNode
                return;
            }
        }
        if (size == names.length) {
            names = java.util.Arrays.copyOf(names, size * 2);
            values = java.util.Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size++] = value;
    }

    /** @return the field's value, {@link #NULL} for an explicit null, {@code null} when absent */
    Object get(String name) {
        // by identity first: the names asked for are constants, and so are the names both readers keep (the contract's
        // known names, Jackson's interned ones); equals() is for a name read otherwise
        for (int i = 0; i < size; i++) {
            if (names[i] == name) {
                return values[i];
            }
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    boolean has(String name) {
        return get(name) != null;
    }

    boolean hasNonNull(String name) {
        Object v = get(name);
        return v != null && v != NULL;
    }

    /** the i-th distinct name, in the order first read */
    String name(int i) {
        return names[i];
    }

    /** the value of the i-th distinct name */
    Object value(int i) {
        return values[i];
    }

    /** the number of distinct names */
    int size() {
        return size;
    }
}
