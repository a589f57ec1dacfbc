package io.statewire.e2e;

import io.statewire.local.sample.PressRoom;
import io.statewire.local.sample.SampleRelease;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A {@link PressRoom} on 127.0.0.1 that keeps publishing: it starts with {@code initial} releases and adds one every
 * {@code every} until it has {@code total}, each with a text of its own (the sample site's releases with a numbered
 * opening paragraph).
 */
final class GrowingPressRoom implements AutoCloseable {

    private static final List<String> TEMPLATES = List.of("1001", "1002", "1003", "1004", "1006");

    private final PressRoom room;
    private final List<SampleRelease> all = new ArrayList<>();
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor();

    private GrowingPressRoom(PressRoom room, int total) {
        this.room = room;
        OffsetDateTime first = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.ofHours(3));
        for (int number = 1; number <= total; number++) {
            SampleRelease template = SampleRelease.load("t", TEMPLATES.get(number % TEMPLATES.size()) + ".txt");
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add("Release number " + number + " of the growing press room, issued while hostile sites "
                    + "misbehave elsewhere, opens with this sentence of its own.");
            paragraphs.addAll(template.paragraphs());
            all.add(new SampleRelease(String.valueOf(3000 + number), template.title() + " (no. " + number + ")",
                    first.plusHours(number).toString(), template.tags(), paragraphs));
        }
    }

    static GrowingPressRoom start(int initial, int total, Duration every) throws IOException {
        GrowingPressRoom growing = new GrowingPressRoom(PressRoom.start("127.0.0.1"), total);
        growing.all.subList(0, initial).forEach(growing.room::publish);
        growing.schedule.scheduleAtFixedRate(growing::publishNext, every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        return growing;
    }

    String feedUrl() {
        return room.feedUrl();
    }

    /** The releases published so far, oldest first. */
    List<SampleRelease> published() {
        return room.published();
    }

    /** Whether every release is out. */
    boolean complete() {
        return published().size() == all.size();
    }

    private void publishNext() {
        int count = room.published().size();
        if (count < all.size()) {
            room.publish(all.get(count));
        }
    }

    @Override
    public void close() {
        schedule.shutdownNow();
        room.close();
    }
}
