package no.sentret.stats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.sentret.infra.testing.EventContract;
import org.junit.jupiter.api.Test;

/**
 * The scanner takes the plain events off Jackson's hands and gives up on everything else: what it reads must be what
 * Jackson reads from the same bytes (the same fields, values of the same kinds), and whatever it is unsure of it leaves
 * to Jackson. {@code StreamingParserMatchesTreeTest} holds the whole parser, scanner and Jackson together, to the tree
 * parser on thousands of damaged events; this one holds the scanner to Jackson at its edges, and shows that the events
 * our producers write do take the fast path (or the speed it was written for would be gone without a test failing).
 */
class PlainJsonScannerTest {

    private static final JsonFactory JSON = new JsonFactory();

    @Test
    void theEventsProducersWriteAreReadByTheScannerAsJacksonReadsThem() {
        String visit = EventParserBytesTest.visit(UUID.randomUUID(), "visit-service", "");
        for (String plain : List.of(visit,
                visit.replace(",\"", " ,\n\t\"").replace("\":", "\"\r\n: "),
                "{\"eventId\":\"e\",\"payload\":{\"score\":4,\"followUpAnswers\":null,\"n\":-12,\"z\":0,\"m\":-0,\"ok\":true,"
                        + "\"no\":false,\"a\":[],\"o\":{},\"nested\":[[1,[2]],{\"x\":[\"y\"]}]}}",
                "{\"min\":-2147483648,\"max\":2147483647,\"over\":2147483648,\"under\":-2147483649,\"long\":123456789012345678}",
                "{\"a\":1,\"a\":\"last wins\",\"del\":\"\u007f\",\"\":\"empty name\",\"unknownName\":1}",
                "  {\"trailing\":1} whatever follows is not read",
                "{\"a\":1}}",
                "{\"a\":{\"b\":{\"c\":[]}}}", "{\"a\":[{},[],{\"b\":[1,{\"c\":null}]}],\"d\":1}",
                "{ \"a\" : [ [ ] , { } ] , \"b\" : { \"c\" : [ 1 , 2 ] } }", "{\"a\":[[[\"x\"]],\"y\"],\"z\":{}}")) {
            JsonFields scanned = PlainJsonScanner.scan(bytes(plain));
            assertNotNull(scanned, () -> "not read by the scanner: " + plain);
            assertEquals(jackson(plain), shape(scanned), plain);
        }
    }

    @Test
    void whatIsNotPlainIsLeftToJackson() {
        for (String notPlain : List.of("", "   ", "null", "[]", "[{}]", "\"x\"", "1", "\uFEFF{}", "{", "{\"a\"", "{\"a\":",
                "{\"a\":1", "{\"a\":1,", "{\"a\":1,}", "{\"a\":[1,]}", "{\"a\" 1}", "{a:1}", "{'a':1}",
                "{\"a\":\"\\n\"}", "{\"\\u0061\":1}", "{\"a\":\"ø\"}", "{\"ø\":1}", "{\"a\":\"tab\there\"}", "{\"a\":\"\u0000\"}",
                "{\"a\":01}", "{\"a\":-01}", "{\"a\":-}", "{\"a\":+1}", "{\"a\":1.0}", "{\"a\":1e3}", "{\"a\":1E3}", "{\"a\":1x}",
                "{\"a\":1234567890123456789}", "{\"a\":tru}", "{\"a\":truex}", "{\"a\":nul}", "{\"a\":NaN}", "{\"a\":1/**/}",
                "{\"a\":1\u000b}", "{\"" + "n".repeat(1001) + "\":1}",
                "{\"a\":{\"b\":1,}}", "{\"a\":[1}", "{\"a\":{\"b\":1]}", "{\"a\":[{]}", "{\"a\":{}", "{\"a\":[],}",
                "{\"a\":[}", "{\"a\":{]}", "{\"a\":[1 2]}", "{\"a\":{\"b\" 1}}", "{\"a\":[\"x\":1]}", "{\"a\":{1}}",
                "{\"a\":" + "[".repeat(17) + "]".repeat(17) + "}")) {
            assertNull(PlainJsonScanner.scan(bytes(notPlain)), () -> "read by the scanner: " + notPlain);
        }
        assertEquals(jackson("{\"a\":" + "[".repeat(15) + "]".repeat(15) + "}"),
                shape(PlainJsonScanner.scan(bytes("{\"a\":" + "[".repeat(15) + "]".repeat(15) + "}"))), "nesting within the limit");
    }

    @Test
    void theContractsNamesAreReadAsTheConstantsTheParserAsksFor() {
        JsonFields f = PlainJsonScanner.scan(bytes("{\"eventId\":\"e\",\"unknownName\":\"u\"}"));
        assertSame("eventId", f.name(0)); // so JsonFields.get finds it by identity
        assertEquals("u", f.get(new String("unknownName".toCharArray()))); // a name asked for otherwise: by equals
    }

    @Test
    void everyNameOfTheEventSchemasIsAConstant() {
        Set<String> names = EventContract.propertyNames();
        assertTrue(names.containsAll(List.of("eventId", "payload", "clientCode", "occurredAt")), () -> "read " + names);
        for (String name : names) {
            JsonFields f = PlainJsonScanner.scan(bytes("{\"" + name + "\":1}"));
            assertSame(name.intern(), f.name(0), () -> name + " is not among the scanner's known names");
        }
        assertNotSame("notInTheContract", PlainJsonScanner.scan(bytes("{\"notInTheContract\":1}")).name(0));
    }

    /** Jackson's reading of the bytes, as {@link EventParser} did before the scanner, in the comparable shape */
    private static Object jackson(String json) {
        try (JsonParser p = JSON.createParser(bytes(json))) {
            return shape(JsonFields.readValue(p, p.nextToken()));
        } catch (IOException e) {
            throw new AssertionError("Jackson refuses " + json, e);
        }
    }

    /** fields as "name=value" lists in their order, so two readings compare with equals */
    private static Object shape(Object value) {
        if (value instanceof JsonFields fields) {
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                entries.add(fields.name(i) + "=" + shape(fields.value(i)));
            }
            return entries;
        }
        if (value instanceof List<?> items) {
            return items.stream().map(PlainJsonScannerTest::shape).toList();
        }
        if (value == JsonFields.NULL) {
            return "NULL";
        }
        if (value == JsonFields.OTHER_NUMBER) {
            return "OTHER_NUMBER";
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
