package no.sentret.platform.records;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the list query shared by visits and consultations: a period on the record's time field,
 * optionally the codes of one client, voided records hidden unless asked for.
 */
public final class RecordQuery {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();
    private final String timeField;

    public RecordQuery(String timeField) {
        this.timeField = timeField;
    }

    public RecordQuery in(Period period) {
        if (period != null) {
            add(timeField + " >= ?", period.start());
            add(timeField + " < ?", period.end());
        }
        return this;
    }

    public RecordQuery forCodes(Collection<String> codes) {
        if (codes != null) {
            add("clientCode in ?", codes);
        }
        return this;
    }

    public RecordQuery includeVoided(boolean include) {
        if (!include) {
            conditions.add("voidedAt is null");
        }
        return this;
    }

    private void add(String condition, Object param) {
        params.add(param);
        conditions.add(condition + params.size());
    }

    /** Runs the query through the entity's Panache finders ({@code Visit.find}, {@code Visit.count}) and maps the page. */
    public <E, V> PageView<V> page(Find<E> find, Count count, int page, int size, Function<E, V> view) {
        String where = conditions.isEmpty() ? "" : String.join(" and ", conditions);
        Object[] args = params.toArray();
        List<V> items = find.find(where, Sort.by(timeField).and("id"), args).page(Page.of(page, size)).list()
                .stream().map(view).toList();
        return new PageView<>(items, page, size, count.count(where, args));
    }

    @FunctionalInterface
    public interface Find<E> {
        PanacheQuery<E> find(String query, Sort sort, Object... params);
    }

    @FunctionalInterface
    public interface Count {
        long count(String query, Object... params);
    }
}
