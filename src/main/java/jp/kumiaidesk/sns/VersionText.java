package jp.kumiaidesk.sns;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.kumiaidesk.base.Translations;
import jp.kumiaidesk.base.UnionTime;

/**
 * A stored version of a draft as a reader compares it. The stored text (what the content hash covers, see
 * {@link SnsDraft#snapshot()}) keeps bilingual labels and enum names so hashes stay stable; this turns its labelled
 * lines into the reader's language: "[本文 / Text]" → "【本文】", "X,INSTAGRAM" → "X、Instagram", the campaign id
 * → its name, the posting time as 2026年11月27日 10:00.
 */
final class VersionText {

    private static final Pattern LABELLED = Pattern.compile("^\\[([^\\]/]+) / ([^\\]]+)\\]( (.*))?$");
    private static final Map<String, String> LABEL_KEYS = Map.of("Text", "sns.version.body", "Hashtags",
            "sns.version.hashtags", "Networks", "sns.version.networks", "Account", "sns.version.account",
            "Posting time", "sns.version.post-at", "Campaign", "sns.version.campaign", "Images", "sns.version.images");

    private VersionText() {
    }

    static String readable(String stored, Translations texts, Locale locale, LongFunction<String> campaignName) {
        return Arrays.stream(stored.split("\n", -1)).map(line -> {
            Matcher m = LABELLED.matcher(line);
            if (!m.matches() || !LABEL_KEYS.containsKey(m.group(2))) {
                return line;
            }
            String label = texts.text(locale, LABEL_KEYS.get(m.group(2)));
            String value = m.group(4) == null ? null : value(m.group(2), m.group(4), texts, locale, campaignName);
            return value == null ? label : label + " " + value;
        }).collect(Collectors.joining("\n"));
    }

    private static String value(String label, String value, Translations texts, Locale locale,
            LongFunction<String> campaignName) {
        if ("-".equals(value)) {
            return texts.text(locale, "sns.version.none");
        }
        try {
            return switch (label) {
                case "Networks" -> Arrays.stream(value.split(",")).filter(v -> !v.isBlank())
                        .map(v -> texts.text(locale, Network.valueOf(v.strip()).labelKey()))
                        .collect(Collectors.joining(Translations.isJapanese(locale) ? "、" : ", "));
                case "Posting time" -> UnionTime.dateTime(LocalDateTime.parse(value).atZone(UnionTime.ZONE)
                        .toInstant(), locale);
                case "Campaign" -> {
                    String name = campaignName.apply(Long.parseLong(value));
                    yield name == null ? value : name;
                }
                default -> value;
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return value;
        }
    }
}
