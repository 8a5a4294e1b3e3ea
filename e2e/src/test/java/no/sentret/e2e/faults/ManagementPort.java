package no.sentret.e2e.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An app's management interface as an operator's Prometheus reads it: {@code /q/metrics}. */
final class ManagementPort {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String url;

    ManagementPort(String url) {
        this.url = url;
    }

    /**
     * The sum of every sample of {@code metric} (e.g. {@code sentret_outbox_backlog_rows}, all topics);
     * NaN when the app does not answer or has no such sample yet.
     */
    double sum(String metric) {
        String text;
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/metrics"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return Double.NaN;
            }
            text = r.body();
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(metric) + "(?:\\{[^}]*})?\\s+(\\S+)").matcher(text);
        double sum = 0;
        boolean any = false;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
            any = true;
        }
        return any ? sum : Double.NaN;
    }
}
