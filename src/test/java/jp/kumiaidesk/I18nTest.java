package jp.kumiaidesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every translation key exists in Japanese and English, and every key the code uses (literal keys in
 * getTranslation, @Menu titles, services' FieldRejectedException keys, audit action codes) is translated.
 */
class I18nTest {

    /** Any dotted lower-case literal; it is checked when its first segment is a prefix the translations use. */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "(?<!getProperty\\()\"([a-z]+(?:\\.[a-z0-9-]+)+\\.?)\"");
    private static final Pattern AUDIT_ACTION = Pattern.compile(
            "AuditEntry\\.now\\(\"([a-z.-]+)\"|audit\\(username, \"([a-z.-]+)\"|new AuditEntry\\(\"[a-z]+\", \"([a-z.-]+)\"");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void japanese_english_and_default_have_the_same_keys() throws IOException {
        Set<Object> ja = load("translations_ja.properties").keySet();
        assertThat(load("translations_en.properties").keySet()).containsExactlyInAnyOrderElementsOf(ja);
        assertThat(load("translations.properties").keySet()).containsExactlyInAnyOrderElementsOf(ja);
    }

    @Test
    void no_translation_is_empty() throws IOException {
        for (String file : new String[] {"translations_ja.properties", "translations_en.properties"}) {
            load(file).forEach((k, v) -> assertThat(v.toString()).as(file + " " + k).isNotBlank());
        }
    }

    @Test
    void every_key_used_in_the_code_is_translated() throws IOException {
        Properties ja = load("translations_ja.properties");
        Set<String> prefixes = new TreeSet<>();
        ja.stringPropertyNames().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        Set<String> used = new TreeSet<>();
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = KEY_LITERAL.matcher(source);
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && prefixes.contains(key.substring(0, key.indexOf('.')))) {
                        used.add(key);
                    }
                }
                Matcher a = AUDIT_ACTION.matcher(source);
                while (a.find()) {
                    actions.add("audit.action." + (a.group(1) != null ? a.group(1) : a.group(2) != null ? a.group(2) : a.group(3)));
                }
            }
        }
        // audit action codes are stored values, not keys; their labels are
        used.removeIf(key -> actions.contains("audit.action." + key));
        assertThat(used).isNotEmpty();
        assertThat(used.stream().filter(key -> !ja.containsKey(key)).toList()).as("missing translations").isEmpty();
        assertThat(actions).isNotEmpty();
        assertThat(actions.stream().filter(key -> !ja.containsKey(key)).toList()).as("missing audit labels")
                .isEmpty();
    }
}
