package jp.kumiaidesk.sns.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.FormErrors;
import jp.kumiaidesk.base.LightButton;
import jp.kumiaidesk.base.Pickers;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.sns.DraftState;
import jp.kumiaidesk.sns.Network;
import jp.kumiaidesk.sns.SnsDraftService;
import jp.kumiaidesk.sns.SnsResultsService;
import jp.kumiaidesk.sns.SnsViews.DraftDetail;
import jp.kumiaidesk.sns.SnsViews.Metrics;

/** After approval: mark the draft posted with its URL; after posting: the figures each network shows. */
class AfterPosting extends Div {

    private final SnsDraftService drafts;
    private final SnsResultsService results;
    private final Runnable reload;
    private final TextField url = new TextField();
    private final LightButton posted = new LightButton();
    private final Div markPosted = new Div();
    private final Div figures = new Div();
    private final ComboBox<Network> network = new ComboBox<>();
    private final DatePicker measuredOn = new DatePicker();
    private final IntegerField impressions = figure("sns.impressions");
    private final IntegerField reposts = figure("sns.reposts");
    private final IntegerField likes = figure("sns.likes");
    private final IntegerField replies = figure("sns.replies");
    private final IntegerField clicks = figure("sns.link-clicks");
    private final Grid<Metrics> recorded = new Grid<>(Metrics.class, false);
    private final Div postUrls = new Div();
    private final Map<Network, TextField> urlFields = new EnumMap<>(Network.class);
    private DraftDetail detail;

    AfterPosting(SnsDraftService drafts, SnsResultsService results, Runnable reload) {
        this.drafts = drafts;
        this.results = results;
        this.reload = reload;
        addClassNames("kd-card", "kd-after-posting");
        url.setLabel(getTranslation("sns.post-url"));
        url.setId("sns-post-url");
        url.setPlaceholder("https://x.com/…");
        url.setMaxLength(SnsDraftService.URL_MAX_LENGTH);
        url.setWidthFull();
        FormErrors urlErrors = new FormErrors().field(SnsDraftService.FIELD_POST_URL, url);
        posted.setText(getTranslation("sns.mark-posted"));
        posted.setId("sns-mark-posted");
        posted.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        posted.addClickListener(e -> {
            if (urlErrors.submit(() -> drafts.markPosted(detail.id(), url.getValue()), reload)) {
                FormErrors.success(getTranslation("sns.marked-posted"));
                reload.run();
            }
        });
        markPosted.add(new H3(getTranslation("sns.mark-posted")), url, posted);

        network.setLabel(getTranslation("sns.network"));
        network.setItemLabelGenerator(n -> getTranslation(n.labelKey()));
        measuredOn.setLabel(getTranslation("sns.measured-on"));
        Pickers.localize(measuredOn);
        FormErrors metricErrors = new FormErrors().field(SnsResultsService.FIELD_MEASURED_ON, measuredOn)
                .field(SnsResultsService.FIELD_FIGURES, impressions);
        LightButton saveFigures = new LightButton(getTranslation("sns.save-figures"), e -> {
            if (network.getValue() == null) {
                network.setErrorMessage(getTranslation("validation.required"));
                network.setInvalid(true);
                return;
            }
            network.setInvalid(false);
            if (metricErrors.submit(() -> results.recordMetrics(detail.id(), new Metrics(network.getValue(),
                    measuredOn.getValue(), value(impressions), value(reposts), value(likes), value(replies),
                    value(clicks))), null)) {
                FormErrors.success(getTranslation("action.saved"));
                recorded.setItems(results.metrics(detail.id()));
            }
        });
        saveFigures.setId("sns-save-figures");
        recorded.addColumn(m -> getTranslation(m.network().labelKey())).setHeader(getTranslation("sns.network"));
        recorded.addColumn(m -> UnionTime.date(m.measuredOn(), getLocale())).setHeader(getTranslation("sns.measured-on"));
        recorded.addColumn(Metrics::impressions).setHeader(getTranslation("sns.impressions"));
        recorded.addColumn(Metrics::reposts).setHeader(getTranslation("sns.reposts"));
        recorded.addColumn(Metrics::likes).setHeader(getTranslation("sns.likes"));
        recorded.addColumn(Metrics::replies).setHeader(getTranslation("sns.replies"));
        recorded.addColumn(Metrics::linkClicks).setHeader(getTranslation("sns.link-clicks"));
        recorded.setAllRowsVisible(true);
        HorizontalLayout row = new HorizontalLayout(network, measuredOn, impressions, reposts, likes, replies, clicks);
        row.addClassName("kd-wrap");
        postUrls.setId("sns-post-urls");
        postUrls.addClassName("kd-wrap");
        LightButton saveUrls = new LightButton(getTranslation("sns.save-urls"), e -> saveUrls());
        saveUrls.setId("sns-save-urls");
        figures.add(new H3(getTranslation("sns.post-urls")), new Paragraph(getTranslation("sns.post-urls-help")),
                postUrls, saveUrls, new H3(getTranslation("sns.figures")), row, saveFigures, recorded);
        add(markPosted, figures);
    }

    private IntegerField figure(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(0);
        field.setWidth("8rem");
        return field;
    }

    private static long value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    void show(DraftDetail detail) {
        this.detail = detail;
        boolean approved = detail.state() == DraftState.APPROVED && detail.canEdit();
        boolean isPosted = detail.state() == DraftState.POSTED;
        setVisible(approved || isPosted);
        markPosted.setVisible(approved);
        figures.setVisible(isPosted);
        if (isPosted) {
            showUrls();
            network.setItems(detail.form().networks());
            if (network.getValue() == null && !detail.form().networks().isEmpty()) {
                network.setValue(detail.form().networks().iterator().next());
            }
            if (measuredOn.getValue() == null) {
                measuredOn.setValue(UnionTime.today());
            }
            recorded.setItems(results.metrics(detail.id()));
        }
    }

    /** One URL field per network the post went to, filled with what is recorded. */
    private void showUrls() {
        postUrls.removeAll();
        urlFields.clear();
        Map<Network, String> stored = results.postUrls(detail.id());
        for (Network n : detail.form().networks()) {
            TextField field = new TextField(getTranslation(n.labelKey()));
            field.setId("sns-post-url-" + n.name().toLowerCase());
            field.setMaxLength(SnsDraftService.URL_MAX_LENGTH);
            field.setWidth("24rem");
            field.setValue(stored.getOrDefault(n, ""));
            urlFields.put(n, field);
            postUrls.add(field);
        }
    }

    /** Saves each network's URL; a refused one is marked at its field, the others are kept. */
    private void saveUrls() {
        boolean allSaved = true;
        for (Map.Entry<Network, TextField> entry : urlFields.entrySet()) {
            TextField field = entry.getValue();
            try {
                results.recordPostUrl(detail.id(), entry.getKey(), field.getValue());
                field.setInvalid(false);
            } catch (FieldRejectedException e) {
                field.setErrorMessage(getTranslation(e.messageKey()));
                field.setInvalid(true);
                allSaved = false;
            }
        }
        if (allSaved) {
            FormErrors.success(getTranslation("action.saved"));
        }
    }

    List<Metrics> recordedFigures() {
        return results.metrics(detail.id());
    }
}
