package io.statewire.classify.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Values filed under word prefixes, found for a word by walking its characters once: no substring is made and no
 * string hashed, however many prefix lengths there are. Filled once, then read from any number of threads.
 *
 * @param <V> what a prefix stands for
 */
final class PrefixTrie<V> {

    private static final class Node<V> {
        private char[] keys = new char[0];
        @SuppressWarnings("unchecked")
        private Node<V>[] children = new Node[0];
        private List<V> values;

        Node<V> child(char key) {
            int at = Arrays.binarySearch(keys, key);
            return at >= 0 ? children[at] : null;
        }

        Node<V> childOrNew(char key) {
            int at = Arrays.binarySearch(keys, key);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            Node<V> node = new Node<>();
            keys = insert(keys, insert, key);
            children = insert(children, insert, node);
            return node;
        }

        private static char[] insert(char[] array, int at, char key) {
            char[] grown = Arrays.copyOf(array, array.length + 1);
            System.arraycopy(array, at, grown, at + 1, array.length - at);
            grown[at] = key;
            return grown;
        }

        private static <N> N[] insert(N[] array, int at, N node) {
            N[] grown = Arrays.copyOf(array, array.length + 1);
            System.arraycopy(array, at, grown, at + 1, array.length - at);
            grown[at] = node;
            return grown;
        }
    }

    private final Node<V> root = new Node<>();

    /** Files {@code value} under {@code prefix} (not empty), after the values filed under it before. */
    void put(String prefix, V value) {
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("empty prefix");
        }
        Node<V> node = root;
        for (int i = 0; i < prefix.length(); i++) {
            node = node.childOrNew(prefix.charAt(i));
        }
        if (node.values == null) {
            node.values = new ArrayList<>();
        }
        node.values.add(value);
    }

    /** Hands over the values of every prefix that {@code word} starts with, shorter prefixes first. */
    void forEachPrefixOf(String word, Consumer<List<V>> action) {
        Node<V> node = root;
        for (int i = 0; i < word.length() && node != null; i++) {
            node = node.child(word.charAt(i));
            if (node != null && node.values != null) {
                action.accept(node.values);
            }
        }
    }
}
