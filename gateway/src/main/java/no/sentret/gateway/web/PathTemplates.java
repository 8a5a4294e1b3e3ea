package no.sentret.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import no.sentret.gateway.openapi.PublicApiDocument;

/**
 * Turns a request path into the path template of the public API ({@code /api/clients/{code}}) so the
 * access log never carries a client code. Paths outside the document keep only their first two
 * segments.
 */
@ApplicationScoped
public class PathTemplates {

    private record Template(Pattern pattern, String template) {
    }

    private final List<Template> templates = new ArrayList<>();

    PathTemplates() {
        try (InputStream in = PublicApiDocument.open()) {
            if (in == null) {
                return;
            }
            JsonNode paths = new YAMLMapper().readTree(in).path("paths");
            for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
                String template = it.next();
                templates.add(new Template(compile(template), template));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // literal paths before templated ones: /api/clients/search before /api/clients/{code}
        templates.sort((a, b) -> Long.compare(placeholders(a.template), placeholders(b.template)));
    }

    public String templateOf(String path) {
        if (path == null) {
            return "";
        }
        for (Template t : templates) {
            if (t.pattern.matcher(path).matches()) {
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

    private static long placeholders(String template) {
        return template.chars().filter(c -> c == '{').count();
    }

    private static Pattern compile(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
