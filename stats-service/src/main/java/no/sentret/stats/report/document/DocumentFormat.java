package no.sentret.stats.report.document;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.problem.ProblemException;

/** HTML or PDF, chosen by Accept; anything else is a 406 problem naming the Accept header. */
public enum DocumentFormat {
    HTML(MediaType.TEXT_HTML_TYPE),
    PDF(new MediaType("application", "pdf"));

    private final MediaType type;

    DocumentFormat(MediaType type) {
        this.type = type;
    }

    public String mediaType() {
        return type.toString();
    }

    /** The client's acceptable types come sorted by preference; a wildcard (or no Accept) gives HTML. */
    public static DocumentFormat of(List<MediaType> acceptable) {
        if (acceptable.isEmpty()) {
            return HTML;
        }
        for (MediaType accepted : acceptable) {
            if (accepted.isWildcardType() || HTML.type.isCompatible(accepted)) {
                return HTML;
            }
            if (PDF.type.isCompatible(accepted)) {
                return PDF;
            }
        }
        throw new ProblemException(Problem.forField(406, "Not Acceptable", "Accept",
                "the report document is text/html or application/pdf"));
    }
}
