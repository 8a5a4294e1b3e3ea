package no.sentret.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the access log and the HTTP metrics name a request by: the public API's template, never a client code. */
class PathTemplatesTest {

    private final PathTemplates templates = new PathTemplates(List.of("/api/clients/{code}", "/api/clients/search",
            "/api/visits", "/api/clients/{code}/visits", "/api/health/campaigns/{id}/contacts/{contactId}",
            "/api/stats/annual/{year}/report"));

    @Test
    void aLiteralPathIsItsOwnTemplateEvenWhereATemplateWouldMatch() {
        assertEquals("/api/visits", templates.templateOf("/api/visits"));
        assertEquals("/api/clients/search", templates.templateOf("/api/clients/search"));
    }

    @Test
    void aPlaceholderTakesOneWholeNonEmptySegment() {
        assertEquals("/api/clients/{code}", templates.templateOf("/api/clients/QZ7MRK"));
        assertEquals("/api/clients/{code}/visits", templates.templateOf("/api/clients/QZ7MRK/visits"));
        assertEquals("/api/health/campaigns/{id}/contacts/{contactId}",
                templates.templateOf("/api/health/campaigns/7c1e/contacts/42"));
        assertEquals("/api/stats/annual/{year}/report", templates.templateOf("/api/stats/annual/2022/report"));
        assertEquals("/api/clients/…", templates.templateOf("/api/clients//visits"), "an empty segment is no code");
        assertEquals("/api/clients/…", templates.templateOf("/api/clients/QZ7MRK/visits/extra"));
    }

    @Test
    void pathsOutsideTheDocumentKeepTwoSegmentsAndNoCode() {
        assertEquals("/api/unknown/…", templates.templateOf("/api/unknown/QZ7MRK"));
        assertEquals("/api/unknown", templates.templateOf("/api/unknown"));
        assertEquals("/q/health/ready", templates.templateOf("/q/health/ready"));
        assertEquals("", templates.templateOf(null));
    }

    @Test
    void everyPathOfThePublicDocumentIsFoundByItsTemplate() {
        List<String> document = PathTemplates.document();
        org.junit.jupiter.api.Assertions.assertTrue(document.size() > 50, "the public document's paths: " + document.size());
        PathTemplates published = new PathTemplates();
        for (String template : document) {
            assertEquals(template, published.templateOf(template.replaceAll("\\{[^}]+}", "QZ7MRK")));
        }
    }
}
