package no.sentret.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.sentret.stats.projection.ClientRows;
import no.sentret.stats.projection.FigureProjection;
import no.sentret.stats.projection.YearFigures;
import no.sentret.stats.report.FactSnapshot;
import no.sentret.infra.postgres.LocalPostgres;
import no.sentret.stats.ingest.EventParser;
import no.sentret.stats.ingest.InvalidEventException;
import no.sentret.stats.ingest.ParsedEvent;

/**
 * Issue 19's proposed storage measured before it is built: a consumer that reads every event with the stats-service's
 * parser and folds it into {@link FigureProjection} (no database work per event), and at the end of each read of the
 * topics derives the year's figures and serializes the snapshot a replay would commit with its offsets — both inside
 * the measured time. {@link #compare} holds the last projection's figures against the stats-service's own report over
 * the same events, field by field: a rate is only worth reading if the figures are the same.
 */
class ProjectingConsumer implements BareConsumer.ValueReader {

    static final int YEAR = 2022;

    private final EventParser parser = new EventParser();
    private FigureProjection projection = new FigureProjection();
    private FigureProjection last;
    private YearFigures lastFigures;
    private byte[] lastSnapshot;

    @Override
    public void restart() {
        projection = new FigureProjection();
    }

    @Override
    public long read(byte[] value) {
        ParsedEvent event = parseOrNull(value);
        if (event == null) {
            return 0;
        }
        fold(event);
        return 1;
    }

    /** the event, or null for a dead letter (as the service would send it aside); the parser keeps no state */
    protected final ParsedEvent parseOrNull(byte[] value) {
        try {
            return parser.parse(value);
        } catch (InvalidEventException e) {
            return null;
        }
    }

    /** one valid event into the projection, in the order of its partition */
    protected final void fold(ParsedEvent event) {
        projection.apply(event.eventId(), event.fact());
    }

    @Override
    public void finish() {
        // measured as a report would derive them; the clients' rows are read from the service's database in compare()
        lastFigures = projection.figures(YEAR, ClientRows.empty());
        lastSnapshot = projection.snapshot();
        last = projection;
    }

    /** The last complete projection: events folded, service events kept, kinds not folded, snapshot size. */
    String describe() {
        return String.format("%,d events folded into %,d service-event states; snapshot %,d bytes (%.1f bytes an event)",
                last.folded(), last.serviceEvents(), lastSnapshot.length, (double) lastSnapshot.length / last.folded());
    }

    /**
     * Writes the last snapshot as a replay would end: in one transaction with the offsets it covers. Returns the
     * milliseconds it took (the database's whole share of a replay in this design).
     */
    double writeSnapshot(LocalPostgres pg, String database, long endOffset) throws Exception {
        try (Connection db = DriverManager.getConnection(pg.jdbcUrl(database), LocalPostgres.USER, "")) {
            try (Statement s = db.createStatement()) {
                s.execute("create table if not exists projection_snapshot (taken_at timestamptz not null default now(), "
                        + "covers_events bigint not null, state bytea not null)");
                // ids and packed states do not compress: without this PostgreSQL tries pglz on every snapshot first
                s.execute("alter table projection_snapshot alter column state set storage external");
            }
            long start = System.nanoTime();
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into projection_snapshot (covers_events, state) values (?, ?)")) {
                insert.setLong(1, endOffset);
                insert.setBytes(2, lastSnapshot);
                insert.executeUpdate();
            }
            db.commit();
            double ms = (System.nanoTime() - start) / 1e6;
            db.setAutoCommit(true); // the drop committed: Flyway refuses a schema holding a table it did not make
            try (Statement s = db.createStatement()) {
                s.execute("drop table projection_snapshot");
            }
            return ms;
        }
    }

    /**
     * The last projection's figures against {@code GET /stats/annual/2022} and {@code GET /stats/monthly} of the
     * stats-service that replayed the same events; returns "n of n figures equal" or the first differences.
     */
    String compare(int port, String token, Connection serviceDb) throws Exception {
        int gen;
        try (Statement s = serviceDb.createStatement(); java.sql.ResultSet rs = s.executeQuery("select active_gen from stats_generation")) {
            rs.next();
            gen = rs.getInt(1);
        }
        YearFigures figures = last.figures(YEAR, ClientRows.read(new FactSnapshot.Query(serviceDb, gen)));
        ObjectMapper json = new ObjectMapper();
        JsonNode annual = json.readTree(get(port, token, "/stats/annual/" + YEAR));
        JsonNode monthly = json.readTree(get(port, token, "/stats/monthly?from=" + YEAR + "-01&to=" + YEAR + "-12"));
        Map<String, String> service = new LinkedHashMap<>();
        service.put("uniqueUsers", annual.path("uniqueUsers").asText());
        service.put("newUsers", annual.path("newUsers").asText());
        service.put("servicesGiven", annual.path("servicesGiven").asText());
        JsonNode summary = annual.path("monthlyUniqueUsers");
        service.put("monthlyUniqueUsers.average", String.format(Locale.ROOT, "%.4f", summary.path("average").asDouble()));
        service.put("monthlyUniqueUsers.peak", summary.path("peak").asText());
        service.put("monthlyUniqueUsers.lowest", summary.path("lowest").asText());
        for (JsonNode area : annual.path("areas")) {
            service.put("areas." + area.path("area").asText() + ".uniquePersons", area.path("uniquePersons").asText());
            service.put("areas." + area.path("area").asText() + ".services", area.path("services").asText());
        }
        for (JsonNode m : monthly.path("months")) {
            service.put("month." + m.path("month").asText() + ".uniqueUsers", m.path("uniqueUsers").asText());
            service.put("month." + m.path("month").asText() + ".services", m.path("services").asText());
        }
        JsonNode feedback = annual.path("feedback");
        for (String f : new String[] {"responses", "top", "second", "twoLowest", "withFollowUp"}) {
            service.put("feedback." + f, feedback.path(f).asText());
        }
        int equal = 0;
        StringBuilder differences = new StringBuilder();
        for (String[] figure : figures.derived().named()) {
            String theirs = service.get(figure[0]);
            if (figure[1].equals(theirs)) {
                equal++;
            } else {
                differences.append(String.format("%n    %s: projection %s, stats-service %s", figure[0], figure[1], theirs));
            }
        }
        int all = figures.derived().named().size();
        return equal == all
                ? String.format("all %d figures equal the stats-service's (uniqueUsers %s, servicesGiven %s, monthly peak %s)",
                        all, service.get("uniqueUsers"), service.get("servicesGiven"), service.get("monthlyUniqueUsers.peak"))
                : String.format("%d of %d figures equal; DIFFERENT:%s", equal, all, differences);
    }

    private static String get(int port, String token, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
