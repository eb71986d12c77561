package io.responseledger.intake.topicarea;

import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the taxonomy comes from and how to read it; used alike by the service and by the accuracy command.
 *
 * @param path   a file, or null for the default taxonomy in the jar
 * @param format {@code yaml} or {@code levels-csv}, or null to go by the file name
 * @param level  for a levels CSV, the level whose categories are the areas
 */
public record TaxonomySource(@Nullable String path, @Nullable String format, int level) {

    /** The default taxonomy shipped with intake: the provincial hot topics. */
    public static final String DEFAULT_RESOURCE = "taxonomy/topic-areas.yml";

    public static final String YAML = "yaml";
    public static final String LEVELS_CSV = "levels-csv";

    public static TaxonomySource defaults() {
        return new TaxonomySource(null, null, 1);
    }

    public Taxonomy load() {
        boolean bundled = path == null || path.isBlank();
        String name = bundled ? "classpath:" + DEFAULT_RESOURCE : Path.of(path).toAbsolutePath().toString();
        String kind = format != null && !format.isBlank() ? format.strip().toLowerCase(Locale.ROOT)
                : name.toLowerCase(Locale.ROOT).endsWith(".csv") ? LEVELS_CSV : YAML;
        if (!kind.equals(YAML) && !kind.equals(LEVELS_CSV)) {
            throw new InvalidTaxonomyException(name, 0, "unknown format '" + format + "'; use " + YAML + " or "
                    + LEVELS_CSV);
        }
        try (InputStream in = open(bundled, name); Reader reader = utf8(in)) {
            Taxonomy taxonomy = kind.equals(YAML) ? YamlTaxonomyReader.read(reader, name)
                    : LevelsCsvTaxonomyReader.read(reader, name, level);
            if (taxonomy.areas().stream().noneMatch(area -> area.getCode().equals(TopicAreas.DEFAULT_CODE))) {
                throw new InvalidTaxonomyException(name, 0, "no topic area '" + TopicAreas.DEFAULT_CODE
                        + "': reports that match nothing are routed there");
            }
            return taxonomy;
        } catch (NoSuchFileException e) {
            throw new InvalidTaxonomyException(name, 0, "no such file");
        } catch (CharacterCodingException e) {
            throw new InvalidTaxonomyException(name, "not UTF-8 text", e);
        } catch (IOException e) {
            throw new InvalidTaxonomyException(name, "cannot be read", e);
        }
    }

    private static InputStream open(boolean bundled, String name) throws IOException {
        if (!bundled) {
            return Files.newInputStream(Path.of(name));
        }
        InputStream in = TaxonomySource.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new NoSuchFileException(name);
        }
        return in;
    }

    /** Strict UTF-8 with the byte-order mark spreadsheet programs write dropped. */
    private static Reader utf8(InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new java.io.PushbackReader(new InputStreamReader(in, decoder), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
