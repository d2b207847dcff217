package jp.kumiaidesk.base;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** Date pickers and uploads speak the UI's language (Vaadin's own texts are English). */
public final class Pickers {

    private Pickers() {
    }

    /**
     * One set of texts per language for every date picker of every open page (each picker kept its own, ~1.5 KB per
     * picker and page, issue #16); nobody changes them after this, so they are shared.
     */
    private static final Map<Locale, DatePicker.DatePickerI18n> DATE_TEXTS = new ConcurrentHashMap<>();

    public static DatePicker localize(DatePicker picker) {
        Locale locale = picker.getLocale() == null ? UiLocale.JAPANESE : picker.getLocale();
        picker.setLocale(locale);
        picker.setI18n(DATE_TEXTS.computeIfAbsent(locale, l -> dateTexts(picker, l)));
        return picker;
    }

    private static DatePicker.DatePickerI18n dateTexts(DatePicker picker, Locale locale) {
        boolean ja = "ja".equals(locale.getLanguage());
        List<String> months = Arrays.stream(Month.values())
                .map(m -> ja ? m.getValue() + "月" : m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList();
        List<DayOfWeek> week = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(week.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(0)
                .setToday(picker.getTranslation("picker.today"))
                .setCancel(picker.getTranslation("action.cancel"))
                .setDateFormat(ja ? "yyyy/M/d" : "MMM d, yyyy");
    }

    public static Upload localize(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop"))
                .setMany(upload.getTranslation("upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add"))
                .setMany(upload.getTranslation("upload.add")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.too-many"))
                .setFileIsTooBig(upload.getTranslation("upload.too-big"))
                .setIncorrectFileType(upload.getTranslation("upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(upload.getTranslation("upload.connecting"))
                        .setStalled(upload.getTranslation("upload.stalled"))
                        .setProcessing(upload.getTranslation("upload.processing")).setHeld(""))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remaining")).setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(upload.getTranslation("upload.failed"))
                        .setUnexpectedServerError(upload.getTranslation("upload.failed"))
                        .setForbidden(upload.getTranslation("upload.failed"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        upload.setI18n(i18n);
        return upload;
    }
}
