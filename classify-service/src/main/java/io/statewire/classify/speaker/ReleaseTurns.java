package io.statewire.classify.speaker;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The transcript turns of one release: the position of each passage that opened a turn, with its speaker. The
 * turn in effect at a passage is the last one opened before it, so a revised passage in the middle of a release
 * gets the speaker of its place, not of the release's end. Stored as text, a line {@code position<TAB>speaker} per
 * turn. Immutable.
 */
public final class ReleaseTurns {

    public static final ReleaseTurns NONE = new ReleaseTurns(new TreeMap<>());

    private final TreeMap<Integer, String> byPosition;

    private ReleaseTurns(TreeMap<Integer, String> byPosition) {
        this.byPosition = byPosition;
    }

    /** The speaker of the last turn opened before {@code position}. */
    public Optional<String> before(int position) {
        return Optional.ofNullable(byPosition.lowerEntry(position)).map(Map.Entry::getValue);
    }

    /** These turns plus one opened at {@code position}. */
    public ReleaseTurns with(int position, String speaker) {
        TreeMap<Integer, String> more = new TreeMap<>(byPosition);
        more.put(position, speaker);
        return new ReleaseTurns(more);
    }

    public String encode() {
        StringBuilder text = new StringBuilder();
        byPosition.forEach((position, speaker) -> text.append(position).append('\t').append(speaker).append('\n'));
        return text.toString();
    }

    /** Reads {@link #encode()}d turns; lines that are not {@code position<TAB>speaker} are skipped. */
    public static ReleaseTurns decode(String text) {
        TreeMap<Integer, String> byPosition = new TreeMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0 && line.substring(0, tab).matches("\\d{1,9}")) {
                byPosition.put(Integer.parseInt(line.substring(0, tab)), line.substring(tab + 1));
            }
        }
        return new ReleaseTurns(byPosition);
    }
}
