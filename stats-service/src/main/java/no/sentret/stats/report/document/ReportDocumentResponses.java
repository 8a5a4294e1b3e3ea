package no.sentret.stats.report.document;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import no.sentret.stats.report.Params;

/** What both document endpoints do: check the year, negotiate format and language, render. */
final class ReportDocumentResponses {

    static final String DESCRIPTION = "The year's statistics section of the annual report as a finished document, built from the "
            + "same figures as the JSON endpoint: key figures compared with the year before, unique users per month (chart with the "
            + "average line, peak and lowest), nationality shares per year from 2016, gender, largest nationalities, age groups, "
            + "services per area with the health, legal-aid and outreach figures, feedback, and the definitions used. Charts are "
            + "drawn server-side (SVG), the same in both formats. Accept: text/html (default) or application/pdf, anything else 406. "
            + "Accept-Language: nb (default; no and nn read nb) or en.";

    private ReportDocumentResponses() {
    }

    static Response respond(ReportDocuments documents, String year, HttpHeaders headers, boolean suppressed) {
        int y = Params.year("year", year);
        DocumentFormat format = DocumentFormat.of(headers.getAcceptableMediaTypes());
        ReportLanguage language = ReportLanguage.of(headers.getAcceptableLanguages());
        byte[] body = documents.render(y, suppressed, format, language);
        String type = format == DocumentFormat.HTML ? format.mediaType() + ";charset=UTF-8" : format.mediaType();
        Response.ResponseBuilder response = Response.ok(body, type)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, "Accept, Accept-Language");
        if (format == DocumentFormat.PDF) {
            response.header("Content-Disposition", "inline; filename=\"sentret-statistics-" + y + (suppressed ? "-public" : "") + ".pdf\"");
        }
        return response.build();
    }
}
