package cn.gongkai.assistant;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The turns of each conversation (masked questions only), so that a follow-up such as 那延期呢？ is read in the
 * context of the question before it. Bounded: the least recently used conversations are forgotten first.
 */
final class Conversations {
    static final int MAX_CONVERSATIONS = 10_000;
    static final int MAX_TURNS = 6;

    record Turn(String question, String kind) {
    }

    private final Map<String, Deque<Turn>> turns = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Turn>> eldest) {
            return size() > MAX_CONVERSATIONS;
        }
    };

    static String newId() {
        return UUID.randomUUID().toString();
    }

    synchronized Optional<Turn> last(String id) {
        Deque<Turn> list = turns.get(id);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.peekLast());
    }

    synchronized List<Turn> history(String id) {
        Deque<Turn> list = turns.get(id);
        return list == null ? List.of() : List.copyOf(list);
    }

    synchronized void add(String id, Turn turn) {
        Deque<Turn> list = turns.computeIfAbsent(id, k -> new ArrayDeque<>());
        list.addLast(turn);
        while (list.size() > MAX_TURNS) {
            list.removeFirst();
        }
    }
}
