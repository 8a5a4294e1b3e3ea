package no.sentret.stats.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.sentret.stats.facts.Vocabulary;
import no.sentret.stats.report.AnnualReport.Category;

/**
 * The municipality's breakdowns list every category of the contract, zeros included, in the
 * contract's order: a list of only the present categories says each listed one holds at least one
 * person, and an order by size says which hidden count is larger.
 */
final class PublicCategories {

    static final String UNKNOWN = "UNKNOWN";
    /** what visit-service accepts as a nationality (ISO 3166 alpha-2), alphabetical */
    static final List<String> NATIONALITIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream().sorted().toList();

    private PublicCategories() {
    }

    static List<Category> gender(List<Category> present) {
        return every(Vocabulary.GENDERS, present);
    }

    static List<Category> ageGroup(List<Category> present) {
        return every(Vocabulary.AGE_GROUPS, present);
    }

    static List<Category> nationality(List<Category> present) {
        return every(NATIONALITIES, present);
    }

    /** {@code contract} then UNKNOWN, each with its count from {@code present} or 0; a category outside the contract is kept, last. */
    private static List<Category> every(List<String> contract, List<Category> present) {
        Map<String, Integer> counts = new HashMap<>();
        present.forEach(c -> counts.put(c.category(), c.users()));
        List<String> order = new ArrayList<>(contract);
        order.add(UNKNOWN);
        present.stream().map(Category::category).filter(c -> !order.contains(c)).sorted().forEach(order::add);
        List<Category> result = new ArrayList<>();
        for (String c : order) {
            result.add(new Category(c, counts.getOrDefault(c, 0)));
        }
        return result;
    }
}
