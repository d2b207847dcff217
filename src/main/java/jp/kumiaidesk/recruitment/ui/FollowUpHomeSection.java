package jp.kumiaidesk.recruitment.ui;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jp.kumiaidesk.base.HomeSection;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.base.UnionTime;
import jp.kumiaidesk.recruitment.HireRow;
import jp.kumiaidesk.recruitment.RecruitmentService;

/** 要フォロー: new hires nobody contacted in time, and passed next-action dates, on the recruiter's home page. */
@Component
class FollowUpHomeSection implements HomeSection {

    private final RecruitmentService recruitment;
    private final AuthenticationContext authentication;

    FollowUpHomeSection(RecruitmentService recruitment, AuthenticationContext authentication) {
        this.recruitment = recruitment;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        if (!authentication.hasRole(Role.RECRUITER.roleName())) {
            return Optional.empty();
        }
        List<HireRow> due = recruitment.followUps(RecruitmentService.FOLLOW_UP_DAYS);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Div card = new Div();
        card.addClassName("kd-card");
        card.setId("home-follow-ups");
        card.add(new H3(card.getTranslation("hire.follow-ups", due.size())));
        due.stream().limit(8).forEach(h -> {
            String when = h.nextActionDate() == null ? card.getTranslation("hire.not-contacted-since",
                    UnionTime.date(h.hireDate(), com.vaadin.flow.component.UI.getCurrent().getLocale()))
                    : card.getTranslation("hire.next-action", UnionTime.date(h.nextActionDate(), com.vaadin.flow.component.UI.getCurrent().getLocale()));
            Div line = new Div(h.name() + "（" + h.workplaceName() + "）" + when);
            line.getElement().setAttribute("data-testid", "follow-up");
            card.add(line);
        });
        card.add(new RouterLink(card.getTranslation("recruitment.open-tracker"), HiresView.class));
        return Optional.of(card);
    }
}
