package no.sentret.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import no.sentret.gateway.openapi.PublicApiDocument;

/**
 * Turns a request path into the path template of the public API ({@code /api/clients/{code}}) so the
 * access log never carries a client code. Paths outside the document keep only their first two
 * segments.
 * <p>
 * Every request asks (the access log, the HTTP metrics' {@code uri}), so the lookup is a map for the literal paths
 * and a segment-by-segment comparison for the templated ones, not a regular expression per template (they were
 * on 2 % of the gateway's samples, issue 20).
 */
@ApplicationScoped
public class PathTemplates {

    /** A templated path by its segments; null where a placeholder takes any one non-empty segment. */
    record Template(String[] segments, String template) {

        boolean matches(String[] path) {
            if (path.length != segments.length) {
                return false;
            }
            for (int i = 0; i < segments.length; i++) {
                if (segments[i] == null ? path[i].isEmpty() : !segments[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<String, String> literals = new HashMap<>();
    private final List<Template> templated = new ArrayList<>();

    PathTemplates() {
        this(document());
    }

    PathTemplates(List<String> templates) {
        for (String template : templates) {
            if (template.indexOf('{') < 0) {
                literals.put(template, template);
            } else {
                String[] segments = segments(template);
                for (int i = 0; i < segments.length; i++) {
                    if (segments[i].startsWith("{") && segments[i].endsWith("}")) {
                        segments[i] = null;
                    }
                }
                templated.add(new Template(segments, template));
            }
        }
        // fewer placeholders first: /api/clients/{code}/visits before /api/clients/{code}/{anything}
        templated.sort((a, b) -> Long.compare(placeholders(a), placeholders(b)));
    }

    public String templateOf(String path) {
        if (path == null) {
            return "";
        }
        String literal = literals.get(path);
        if (literal != null) {
            return literal; // a literal path before any template: /api/clients/search, not /api/clients/{code}
        }
        String[] segments = segments(path);
        for (Template t : templated) {
            if (t.matches(segments)) {
                return t.template;
            }
        }
        if (path.startsWith("/q/") || path.startsWith("/api/docs") || path.equals("/api/openapi")) {
            return path;
        }
        int first = path.indexOf('/', 1);
        int second = first < 0 ? -1 : path.indexOf('/', first + 1);
        return second < 0 ? path : path.substring(0, second) + "/…";
    }

    private static String[] segments(String path) {
        return path.split("/", -1);
    }

    private static long placeholders(Template t) {
        return java.util.Arrays.stream(t.segments).filter(s -> s == null).count();
    }

    static List<String> document() {
        List<String> templates = new ArrayList<>();
        try (InputStream in = PublicApiDocument.open()) {
            if (in == null) {
                return templates;
            }
            JsonNode paths = new YAMLMapper().readTree(in).path("paths");
            for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
                templates.add(it.next());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return templates;
    }
}
