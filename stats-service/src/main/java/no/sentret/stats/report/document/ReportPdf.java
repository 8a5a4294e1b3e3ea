package no.sentret.stats.report.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The same XHTML printed to PDF by openhtmltopdf; the inline SVG charts are drawn by its Batik support. */
final class ReportPdf {

    private ReportPdf() {
    }

    static byte[] render(String xhtml, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("Sentret stats-service");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("printing the report " + title, e);
        }
        return out.toByteArray();
    }
}
