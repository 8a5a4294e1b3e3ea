package no.sentret.visit.feedback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.sentret.platform.problem.ProblemException;

/**
 * The terminal's follow-up questions. The two best scores (3, 4) are asked what was good, the two
 * worst (1, 2) what went wrong; one question is asked after every score. Answers are fixed options,
 * never free text, so nothing personal can be typed in.
 */
public final class FollowUpQuestions {

    private static final List<String> YES_NO_UNSURE = List.of("YES", "NO", "UNSURE");

    static final Map<String, List<String>> ALWAYS = Map.of(
            "howOften", List.of("FIRST_TIME", "SOMETIMES", "OFTEN"));

    static final Map<String, List<String>> BEST = Map.of(
            "bestPart", List.of("WELCOME", "STAFF", "FOOD", "REST_AND_SAFETY", "HEALTH_SERVICE", "LEGAL_AID", "OTHER"),
            "wouldRecommend", YES_NO_UNSURE);

    static final Map<String, List<String>> WORST = Map.of(
            "whatWentWrong", List.of("WAITING_TIME", "STAFF", "FOOD", "OPENING_HOURS", "CROWDED", "DID_NOT_FEEL_SAFE", "OTHER"),
            "wouldComeBack", YES_NO_UNSURE);

    private FollowUpQuestions() {
    }

    /** The questions (id to allowed answers) a terminal shows after {@code score}. */
    public static Map<String, List<String>> forScore(int score) {
        Map<String, List<String>> questions = new TreeMap<>(score >= 3 ? BEST : WORST);
        questions.putAll(ALWAYS);
        return questions;
    }

    /** @return the answers in a stable order, or null when none were given */
    static Map<String, String> check(int score, Map<String, String> answers) {
        if (answers == null || answers.isEmpty()) {
            return null;
        }
        Map<String, List<String>> questions = forScore(score);
        Map<String, String> checked = new LinkedHashMap<>();
        for (Map.Entry<String, String> answer : new TreeMap<>(answers).entrySet()) {
            String field = "followUpAnswers." + answer.getKey();
            List<String> allowed = questions.get(answer.getKey());
            if (allowed == null) {
                throw ProblemException.invalid(field, "is not asked after score " + score + "; the questions are " + questions.keySet());
            }
            if (answer.getValue() == null || !allowed.contains(answer.getValue())) {
                throw ProblemException.invalid(field, "must be one of " + String.join(", ", allowed));
            }
            checked.put(answer.getKey(), answer.getValue());
        }
        return checked;
    }
}
