package no.sentret.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checkouts a bench measures side by side, each with settings of its own:
 * {@code "before=/tmp/old,no-otel=.:QUARKUS_OTEL_SDK_DISABLED=true,after=."} (label=checkout[:ENV=value...]). A value
 * may hold a colon ({@code serial=.:JAVA_TOOL_OPTIONS=-XX:+UseSerialGC}): only a colon before a {@code NAME=} starts
 * the next setting.
 */
record Checkouts(String label, Path root, Map<String, String> env) {

    static List<Checkouts> parse(String spec) {
        List<Checkouts> all = new ArrayList<>();
        for (String stack : spec.split(",")) {
            String[] labelAndRest = stack.trim().split("=", 2);
            String[] parts = labelAndRest[1].split(":(?=[A-Z][A-Z0-9_]*=)");
            Map<String, String> env = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].split("=", 2);
                env.put(kv[0], kv[1]);
            }
            all.add(new Checkouts(labelAndRest[0], Paths.get(parts[0]).toAbsolutePath(), env));
        }
        return all;
    }
}
