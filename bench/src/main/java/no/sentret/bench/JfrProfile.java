package no.sentret.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a profile's CPU samples go: {@code bench/run JfrProfile <file.jfr> [top=25]}. Prints, for the
 * concerns issue 20 names, the share of Java execution samples with a frame of that concern anywhere
 * on the stack (inclusive, so the shares overlap: Hibernate includes the PostgreSQL driver it calls),
 * and the methods most often on top of the stack (self time). JFR samples Java threads only: GC and
 * JIT compiler threads are not in these shares (see the process CPU of WritePathBench for all of it).
 */
public final class JfrProfile {

    /** concern → frame prefixes ("class.method" starts with one of them) */
    private static final Map<String, List<String>> CONCERNS = new LinkedHashMap<>();

    static {
        CONCERNS.put("token verification (quarkus-oidc, jose4j, RSA)", List.of("io.quarkus.oidc.", "org.jose4j.", "sun.security.rsa."));
        CONCERNS.put("  of which the RSA signature check", List.of("sun.security.rsa.", "java.math.BigInteger.modPow", "java.math.MutableBigInteger"));
        CONCERNS.put("security (Quarkus identity, role checks)", List.of("io.quarkus.security.", "io.quarkus.vertx.http.runtime.security."));
        CONCERNS.put("personal-data guard", List.of("no.sentret.platform.privacy."));
        CONCERNS.put("bean validation (hibernate-validator)", List.of("org.hibernate.validator."));
        CONCERNS.put("JSON (Jackson)", List.of("com.fasterxml.jackson."));
        CONCERNS.put("Hibernate ORM (incl. the JDBC it calls)", List.of("org.hibernate.engine.", "org.hibernate.internal.", "org.hibernate.event.",
                "org.hibernate.query.", "org.hibernate.sql.", "org.hibernate.resource.", "org.hibernate.persister.", "org.hibernate.action."));
        CONCERNS.put("  of which flushes", List.of("org.hibernate.event.internal.AbstractFlushingEventListener", "org.hibernate.event.internal.DefaultFlushEventListener",
                "org.hibernate.event.internal.DefaultAutoFlushEventListener"));
        CONCERNS.put("PostgreSQL JDBC driver", List.of("org.postgresql."));
        CONCERNS.put("transactions (Narayana)", List.of("com.arjuna.", "io.quarkus.narayana."));
        CONCERNS.put("connection pool (Agroal)", List.of("io.agroal."));
        CONCERNS.put("outbox relay (drain after commit)", List.of("no.sentret.platform.outbox.OutboxRelay", "no.sentret.platform.outbox.OutboxWakeUp"));
        CONCERNS.put("outbox writer (append in the transaction)", List.of("no.sentret.platform.outbox.OutboxWriter"));
        CONCERNS.put("Kafka clients", List.of("org.apache.kafka."));
        CONCERNS.put("REST (RESTEasy Reactive)", List.of("org.jboss.resteasy.reactive."));
        CONCERNS.put("gateway proxying (vertx-http-proxy)", List.of("io.vertx.httpproxy."));
        CONCERNS.put("gateway's own code", List.of("no.sentret.gateway."));
        CONCERNS.put("HTTP server/client (Vert.x core)", List.of("io.vertx.core.http.", "io.vertx.core.net."));
        CONCERNS.put("Netty (network I/O)", List.of("io.netty."));
        CONCERNS.put("logging", List.of("org.jboss.logmanager.", "org.jboss.logging."));
        CONCERNS.put("service code (no.sentret.*, not the kit's outbox)", List.of("no.sentret.visit.", "no.sentret.health.", "no.sentret.platform.records.",
                "no.sentret.platform.web.", "no.sentret.platform.problem."));
    }

    /**
     * Route handlers that only pass the request on ({@code ctx.next()}): every later handler runs inside their frame,
     * so counting them would charge a whole request to their concern (quarkus-oidc's protected-resource metadata
     * and back-channel logout handlers sit in every service's router chain).
     */
    private static final List<String> PASS_THROUGH = List.of("io.quarkus.oidc.runtime.ResourceMetadataHandler.handle",
            "io.quarkus.oidc.runtime.BackChannelLogoutHandler.handle");

    /**
     * Each sample charged to one concern: the first of this list with a frame anywhere on the stack
     * (so jose4j's JSON parsing is token verification, not JSON; a flush under a commit is Hibernate).
     * The shares add up to 100 %.
     */
    private static final List<String> CHARGED = List.of(
            "token verification (quarkus-oidc, jose4j, RSA)", "outbox relay (drain after commit)",
            "personal-data guard", "bean validation (hibernate-validator)", "outbox writer (append in the transaction)",
            "Hibernate ORM (incl. the JDBC it calls)", "PostgreSQL JDBC driver", "transactions (Narayana)",
            "connection pool (Agroal)", "Kafka clients", "JSON (Jackson)", "security (Quarkus identity, role checks)",
            "gateway proxying (vertx-http-proxy)", "gateway's own code", "service code (no.sentret.*, not the kit's outbox)",
            "REST (RESTEasy Reactive)", "logging", "HTTP server/client (Vert.x core)", "Netty (network I/O)");

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        long samples = 0;
        Map<String, Long> byConcern = new LinkedHashMap<>();
        CONCERNS.keySet().forEach(c -> byConcern.put(c, 0L));
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> charged = new LinkedHashMap<>();
        Map<String, Long> threads = new HashMap<>();
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent e = recording.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = e.getStackTrace().getFrames();
                if (!frames.isEmpty()) {
                    self.merge(method(frames.get(0)), 1L, Long::sum);
                }
                String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
                threads.merge(thread == null ? "?" : thread.replaceAll("[-#]?\\d+$", "-N").replaceAll("\\d+", "N"), 1L, Long::sum);
                Set<String> hit = new HashSet<>();
                for (RecordedFrame f : frames) {
                    String m = method(f);
                    if (PASS_THROUGH.contains(m)) {
                        continue;
                    }
                    for (Map.Entry<String, List<String>> c : CONCERNS.entrySet()) {
                        if (!hit.contains(c.getKey()) && c.getValue().stream().anyMatch(m::startsWith)) {
                            hit.add(c.getKey());
                        }
                    }
                }
                hit.forEach(c -> byConcern.merge(c, 1L, Long::sum));
                charged.merge(CHARGED.stream().filter(hit::contains).findFirst().orElse("other (JDK, Quarkus/Arc, Mutiny, ...)"), 1L, Long::sum);
            }
        }
        System.out.printf("%s: %,d Java execution samples%n", file.getFileName(), samples);
        long total = Math.max(1, samples);
        System.out.println("inclusive share by concern:");
        byConcern.forEach((c, n) -> System.out.printf("  %5.1f %%  %s%n", 100.0 * n / total, c));
        System.out.println("each sample charged to one concern (first of the list on its stack; adds up to 100 %):");
        charged.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(c -> System.out.printf("  %5.1f %%  %s%n", 100.0 * c.getValue() / total, c.getKey()));
        System.out.println("by thread:");
        threads.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(t -> System.out.printf("  %5.1f %%  %s%n", 100.0 * t.getValue() / total, t.getKey()));
        System.out.println("top of stack (self):");
        self.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(m -> System.out.printf("  %5.1f %%  %s%n", 100.0 * m.getValue() / total, m.getKey()));
    }

    private static String method(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
