package no.sentret.infra.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads the app's Prometheus scrape ({@code /q/metrics}) the way Prometheus does: on the management
 * interface's port when {@code quarkus.management.enabled} is true (the test port Quarkus started it on),
 * otherwise on the application's HTTP port. A test never assumes which.
 */
public final class PrometheusMetrics {

    /** One sample: {@code name{labels} value}. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    /** {@code name{labels} value [# {exemplar labels} value timestamp]}: the exemplar (trace and span id) is not a label */
    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{((?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String text;

    private PrometheusMetrics(String text) {
        this.text = text;
    }

    public static PrometheusMetrics scrape() {
        Config config = ConfigProvider.getConfig();
        var request = given();
        if (config.getOptionalValue("quarkus.management.enabled", Boolean.class).orElse(false)) {
            // Quarkus publishes the port it started the management interface on as this property
            request = request.port(config.getValue("quarkus.management.test-port", Integer.class));
        }
        return new PrometheusMetrics(request.get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** The whole scrape, for assertions that something appears nowhere in it. */
    public String text() {
        return text;
    }

    public List<Sample> samples(String name) {
        List<Sample> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!line.startsWith("#") && m.find() && m.group(1).equals(name)) {
                Map<String, String> labels = new java.util.TreeMap<>();
                if (m.group(2) != null) {
                    Matcher l = LABEL.matcher(m.group(2));
                    while (l.find()) {
                        labels.put(l.group(1), l.group(2));
                    }
                }
                found.add(new Sample(name, labels, Double.parseDouble(m.group(3))));
            }
        }
        return found;
    }

    /** The sum of the samples of {@code name} whose labels include all of {@code labels}; NaN if there is none. */
    public double value(String name, Map<String, String> labels) {
        List<Sample> matching = samples(name).stream()
                .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
                .toList();
        return matching.isEmpty() ? Double.NaN : matching.stream().mapToDouble(Sample::value).sum();
    }

    public double value(String name) {
        return value(name, Map.of());
    }
}
