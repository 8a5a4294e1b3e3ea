package no.sentret.infra.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The committed event contract (openapi/events) as plain JSON, for tests that hold a copy of it against the original. */
public final class EventContract {

    private EventContract() {
    }

    /** Tests run in the module folder; the contract lives beside the modules. */
    public static Path dir() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("openapi/events"))) {
                return dir.resolve("openapi/events");
            }
        }
        throw new IllegalStateException("openapi/events not found above " + Paths.get("").toAbsolutePath());
    }

    /** Every property name of every event schema, the envelope's and the payloads' at any depth. */
    public static Set<String> propertyNames() {
        Set<String> names = new TreeSet<>();
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir())) {
            for (Path schema : files.filter(f -> f.getFileName().toString().endsWith(".schema.json")).toList()) {
                addPropertyNames(mapper.readTree(schema.toFile()), names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** findValues("properties") would not look inside a match, where the payload's own properties are */
    private static void addPropertyNames(JsonNode node, Set<String> names) {
        if (node.get("properties") instanceof ObjectNode properties) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        node.forEach(child -> addPropertyNames(child, names));
    }

    /**
     * The values the contract allows at {@code pointer} of a payload schema (its {@code enum}, or its items' enum for
     * an array), null left out: a consumer's copy of a category list is checked against this, the one place it is written.
     */
    public static List<String> enumeration(String type, String pointer) {
        try {
            JsonNode property = new ObjectMapper().readTree(dir().resolve(type + ".schema.json").toFile()).at(pointer);
            JsonNode values = property.has("enum") ? property.get("enum") : property.path("items").path("enum");
            if (!values.isArray() || values.isEmpty()) {
                throw new AssertionError("no enum at " + pointer + " in the schema of " + type);
            }
            return StreamSupport.stream(values.spliterator(), false).filter(v -> !v.isNull()).map(JsonNode::asText).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
