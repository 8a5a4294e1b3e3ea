package no.sentret.bench.projection;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.sentret.stats.facts.Area;
import no.sentret.stats.facts.Fact;
import no.sentret.stats.facts.OsloCalendar;
import no.sentret.stats.ingest.ParsedEvent;

/**
 * Issue 19's storage redesign, measured before it is built: the statistics as an in-memory projection of the events,
 * folded one event at a time with no database work per event, and written as a snapshot (a byte string with the
 * offsets it covers) when a replay ends. The state per service event is what its row holds today, packed into a
 * {@code long} behind its id ({@link EventStates}: a duplicate or a later void finds it there, so the fold is exact
 * as the row store is); the figures are derived from that state when asked for ({@link #figures}), as the reports
 * derive them from the rows, over a dense client index with per-period presence sets ({@link YearFigures}).
 *
 * <p>Folded as {@code ServiceEventWrites}' upsert does: a later record of an id replaces the earlier one's area,
 * client and time; a void is kept whichever comes first; feedback keeps its first answer. Merges are resolved when the
 * figures are derived, as the reports resolve them. Not in this prototype (rare events, no bearing on the rate): the
 * erasure's unlinking of open years, shifts, cases, street shifts, assignments and ad counts (counted, not folded),
 * and the areas' own detail figures.
 */
public final class FigureProjection {

    private static final long CLIENT_MASK = 0xFFFF_FFFFL;
    private static final int DAY_SHIFT = 32;
    private static final long DAY_MASK = 0xFF_FFFFL;
    private static final int AREA_SHIFT = 56;
    private static final long RECORDED = 1L << 60;
    private static final long VOIDED = 1L << 61;
    private static final long NO_DAY = DAY_MASK;

    private final Map<String, EventStates> serviceEvents = new HashMap<>();
    private final EventStates feedback = new EventStates();
    private final Map<String, Integer> clientIndex = new HashMap<>();
    private final List<String> codes = new ArrayList<>();
    private int[] registeredOn = new int[1024];
    private final Map<String, String> aliases = new HashMap<>();
    private long folded;
    private long notFolded;

    /** Folds one valid event; a duplicate changes nothing. */
    public void apply(ParsedEvent event) {
        folded++;
        Fact fact = event.fact();
        if (fact instanceof Fact.ServiceFact s) {
            service(s);
        } else if (fact instanceof Fact.OutreachContactFact c) {
            if (c.service() != null) {
                service(c.service());
            }
        } else if (fact instanceof Fact.FeedbackFact f) {
            if (feedback.get(f.id()) == EventStates.ABSENT) { // the first answer counts
                feedback.put(f.id(), pack(0, day(f.occurredAt()), f.score(), f.hasFollowUp()));
            }
        } else if (fact instanceof Fact.ClientFact c) {
            int i = client(c.code());
            registeredOn[i] = c.firstRegisteredOn() == null ? Integer.MAX_VALUE : (int) c.firstRegisteredOn().toEpochDay();
        } else if (fact instanceof Fact.MergeFact m) {
            aliases.put(m.mergedCode(), m.survivingCode());
        } else if (!(fact instanceof Fact.NoFigures)) {
            notFolded++;
        }
    }

    private void service(Fact.ServiceFact s) {
        EventStates states = serviceEvents.computeIfAbsent(s.source(), k -> new EventStates());
        long old = states.get(s.id());
        boolean voided = !s.recorded() || (old != EventStates.ABSENT && (old & VOIDED) != 0);
        long value;
        if (s.recorded()) {
            int client = s.clientCode() == null ? 0 : client(s.clientCode()) + 1;
            value = ((long) s.area().ordinal() << AREA_SHIFT) | ((long) day(s.occurredAt()) << DAY_SHIFT) | client | RECORDED;
        } else {
            value = old == EventStates.ABSENT ? (NO_DAY << DAY_SHIFT) : old; // a void before its record keeps no figure
        }
        states.put(s.id(), voided ? value | VOIDED : value);
    }

    private static int day(java.time.Instant at) {
        return (int) OsloCalendar.date(at).toEpochDay();
    }

    private static long pack(int area, int day, int client, boolean flag) {
        return ((long) area << AREA_SHIFT) | ((long) day << DAY_SHIFT) | client | (flag ? RECORDED : 0);
    }

    private int client(String code) {
        Integer i = clientIndex.get(code);
        if (i == null) {
            i = codes.size();
            clientIndex.put(code, i);
            codes.add(code);
            if (i == registeredOn.length) {
                registeredOn = Arrays.copyOf(registeredOn, i * 2);
            }
            registeredOn[i] = Integer.MAX_VALUE;
        }
        return i;
    }

    public long folded() {
        return folded;
    }

    /** events of kinds this prototype counts but does not fold (see the class comment) */
    public long notFolded() {
        return notFolded;
    }

    public int serviceEvents() {
        return serviceEvents.values().stream().mapToInt(EventStates::size).sum();
    }

    /** One Europe/Oslo year's figures, derived from the folded state (merged codes as their surviving one). */
    public YearFigures figures(int year) {
        int[] canonical = canonicalClients();
        int[] firstSeen = new int[codes.size()];
        Arrays.fill(firstSeen, Integer.MAX_VALUE);
        for (int i = 0; i < firstSeen.length; i++) {
            firstSeen[canonical[i]] = Math.min(firstSeen[canonical[i]], registeredOn[i]);
        }
        YearFigures figures = new YearFigures(year);
        for (EventStates states : serviceEvents.values()) {
            states.forEachValue(v -> {
                if ((v & RECORDED) == 0 || (v & VOIDED) != 0) {
                    return;
                }
                int day = (int) ((v >>> DAY_SHIFT) & DAY_MASK);
                int client = (int) (v & CLIENT_MASK);
                int person = client == 0 ? -1 : canonical[client - 1];
                if (person >= 0 && day < firstSeen[person]) {
                    firstSeen[person] = day;
                }
                LocalDate date = LocalDate.ofEpochDay(day);
                if (date.getYear() == year) {
                    figures.service(Area.values()[(int) (v >>> AREA_SHIFT) & 0x7], date.getMonthValue(), person);
                }
            });
        }
        figures.newUsers(firstSeen);
        feedback.forEachValue(v -> {
            LocalDate date = LocalDate.ofEpochDay((v >>> DAY_SHIFT) & DAY_MASK);
            if (date.getYear() == year) {
                figures.feedback((int) (v & CLIENT_MASK), (v & RECORDED) != 0);
            }
        });
        return figures;
    }

    /** Each client index's surviving code's index (aliases are followed to their root). */
    private int[] canonicalClients() {
        aliases.values().forEach(this::client); // a surviving code may never have been seen itself
        int[] canonical = new int[codes.size()];
        for (int i = 0; i < canonical.length; i++) {
            String code = codes.get(i);
            for (int hops = 0; aliases.containsKey(code) && hops < 64; hops++) {
                code = aliases.get(code);
            }
            canonical[i] = code.equals(codes.get(i)) ? i : client(code);
        }
        return canonical;
    }

    /**
     * The snapshot a replay would commit with the offsets it covers: every event's id and packed state, the client
     * codes with their registration days, the aliases. One write per snapshot instead of a row per event.
     */
    public byte[] snapshot() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(serviceEvents() * 24 + codes.size() * 16 + 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(serviceEvents.size());
            for (Map.Entry<String, EventStates> e : serviceEvents.entrySet()) {
                out.writeUTF(e.getKey());
                writeStates(out, e.getValue());
            }
            writeStates(out, feedback);
            out.writeInt(codes.size());
            for (int i = 0; i < codes.size(); i++) {
                out.writeUTF(codes.get(i));
                out.writeInt(registeredOn[i]);
            }
            out.writeInt(aliases.size());
            for (Map.Entry<String, String> a : aliases.entrySet()) {
                out.writeUTF(a.getKey());
                out.writeUTF(a.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeStates(DataOutputStream out, EventStates states) throws IOException {
        out.writeInt(states.size());
        IOException[] failed = new IOException[1];
        states.forEach((hi, lo, v) -> {
            try {
                out.writeLong(hi);
                out.writeLong(lo);
                out.writeLong(v);
            } catch (IOException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
    }
}
