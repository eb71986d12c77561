package io.responseledger.intake.topicarea;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordAutomatonTest {

    @Test
    void findsEveryOccurrenceOfOverlappingTerms() {
        List<String> terms = List.of("he", "she", "his", "hers");
        var automaton = KeywordAutomaton.compile(terms);

        List<String> found = new ArrayList<>();
        automaton.scan("ushers", id -> found.add(terms.get(id)));

        assertThat(found).containsExactly("she", "he", "hers");
    }

    @Test
    void findsChineseTermsInsideLongerOnesAndAcrossFailedPrefixes() {
        List<String> terms = List.of("拖欠工资", "工资", "欠薪", "农民工", "民工");
        var automaton = KeywordAutomaton.compile(terms);

        List<String> found = new ArrayList<>();
        automaton.scan("包工头拖欠农民工工资，拖欠工钱", id -> found.add(terms.get(id)));

        assertThat(found).containsExactlyInAnyOrder("农民工", "民工", "工资");
    }

    @Test
    void agreesWithANaiveSearchOnRandomText() {
        Random random = new Random(42);
        String alphabet = "安全生产隐患工资欠薪ab";
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            terms.add(randomText(random, alphabet, 1 + random.nextInt(4)));
        }
        var automaton = KeywordAutomaton.compile(terms);
        for (int round = 0; round < 200; round++) {
            String text = randomText(random, alphabet, random.nextInt(40));
            int[] found = new int[terms.size()];
            automaton.scan(text, id -> found[id]++);
            for (int id = 0; id < terms.size(); id++) {
                // A term listed twice is reported under each of its ids.
                assertThat(found[id]).as("%s in %s", terms.get(id), text).isEqualTo(occurrences(text, terms.get(id)));
            }
        }
    }

    private static int occurrences(String text, String term) {
        int count = 0;
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
            count++;
        }
        return count;
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
