package io.responseledger.contracts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {

    private static final Path TOPICS_FILE = Path.of("..", "deploy", "local", "topics");

    @Test
    void localInfrastructureCreatesEveryTopicWithAtLeastThreePartitions() throws IOException {
        Map<String, Integer> created = Files.readAllLines(TOPICS_FILE).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+"))
                .collect(Collectors.toMap(parts -> parts[0], parts -> Integer.parseInt(parts[1])));

        assertThat(created.keySet()).containsExactlyInAnyOrderElementsOf(Topics.all());
        assertThat(created.values()).allSatisfy(partitions -> assertThat(partitions).isGreaterThanOrEqualTo(3));
    }
}
