package io.responseledger.intake.topicarea;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Aho-Corasick automaton over a fixed set of terms: one pass over a text finds every occurrence of every term,
 * so the cost of a suggestion grows with the text, not with the size of the taxonomy. Built once per taxonomy,
 * immutable and safe to share between threads.
 */
final class KeywordAutomaton {

    private static final int[] NONE = new int[0];

    /** Per state, its outgoing characters sorted, and the state each leads to. */
    private final char[][] edgeChars;
    private final int[][] edgeTargets;
    /** Per state, the longest proper suffix of its path that is also a path from the root. */
    private final int[] failure;
    /** Per state, the ids of every term ending there, including those reached through failure links. */
    private final int[][] matches;

    private KeywordAutomaton(char[][] edgeChars, int[][] edgeTargets, int[] failure, int[][] matches) {
        this.edgeChars = edgeChars;
        this.edgeTargets = edgeTargets;
        this.failure = failure;
        this.matches = matches;
    }

    /** Compiles the terms; a term's id is its index in the list. Empty terms never match. */
    static KeywordAutomaton compile(List<String> terms) {
        List<Map<Character, Integer>> edges = new ArrayList<>();
        List<List<Integer>> ending = new ArrayList<>();
        edges.add(new TreeMap<>());
        ending.add(new ArrayList<>());
        for (int id = 0; id < terms.size(); id++) {
            String term = terms.get(id);
            if (term.isEmpty()) {
                continue;
            }
            int state = 0;
            for (int i = 0; i < term.length(); i++) {
                Integer next = edges.get(state).get(term.charAt(i));
                if (next == null) {
                    next = edges.size();
                    edges.get(state).put(term.charAt(i), next);
                    edges.add(new TreeMap<>());
                    ending.add(new ArrayList<>());
                }
                state = next;
            }
            ending.get(state).add(id);
        }

        int size = edges.size();
        char[][] edgeChars = new char[size][];
        int[][] edgeTargets = new int[size][];
        for (int state = 0; state < size; state++) {
            Map<Character, Integer> out = edges.get(state);
            edgeChars[state] = new char[out.size()];
            edgeTargets[state] = new int[out.size()];
            int i = 0;
            for (Map.Entry<Character, Integer> edge : out.entrySet()) {
                edgeChars[state][i] = edge.getKey();
                edgeTargets[state][i] = edge.getValue();
                i++;
            }
        }

        // Breadth first, so a state's failure target (a shorter path) is complete before the state itself.
        int[] failure = new int[size];
        int[][] matches = new int[size][];
        matches[0] = toArray(ending.get(0));
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : edgeTargets[0]) {
            failure[child] = 0;
            queue.add(child);
        }
        var automaton = new KeywordAutomaton(edgeChars, edgeTargets, failure, matches);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            int[] own = toArray(ending.get(state));
            int[] inherited = matches[failure[state]];
            matches[state] = inherited.length == 0 ? own : concat(own, inherited);
            for (int i = 0; i < edgeChars[state].length; i++) {
                char c = edgeChars[state][i];
                int child = edgeTargets[state][i];
                int fallback = failure[state];
                while (fallback != 0 && automaton.step(fallback, c) < 0) {
                    fallback = failure[fallback];
                }
                int target = automaton.step(fallback, c);
                failure[child] = target >= 0 && target != child ? target : 0;
                queue.add(child);
            }
        }
        return automaton;
    }

    /** Calls {@code onMatch} with the id of each term at each place it occurs in the text. */
    void scan(CharSequence text, IntConsumer onMatch) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int next = step(state, c);
            while (next < 0 && state != 0) {
                state = failure[state];
                next = step(state, c);
            }
            state = next < 0 ? 0 : next;
            for (int id : matches[state]) {
                onMatch.accept(id);
            }
        }
    }

    private int step(int state, char c) {
        int i = Arrays.binarySearch(edgeChars[state], c);
        return i < 0 ? -1 : edgeTargets[state][i];
    }

    private static int[] toArray(List<Integer> ids) {
        return ids.isEmpty() ? NONE : ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] concat(int[] a, int[] b) {
        int[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
