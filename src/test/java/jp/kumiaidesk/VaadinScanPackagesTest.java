package jp.kumiaidesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;

import com.vaadin.flow.component.WebComponentExporter;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.annotation.EnableVaadin;

/**
 * Vaadin finds routes, the app shell and error views only in the packages {@link Application}'s
 * {@code @EnableVaadin} names; a view anywhere else would answer "not found" in the running app. Karibu's tests
 * find views by their own scan, so they would not notice: this test does.
 */
class VaadinScanPackagesTest {

    private static final List<String> SCANNED = Arrays.asList(Application.class.getAnnotation(EnableVaadin.class)
            .value());

    @Test
    void every_class_vaadin_looks_for_lives_in_a_package_it_scans() {
        Set<String> found = vaadinTypes();
        assertThat(found).as("routes, the app shell and error views of the app").hasSizeGreaterThan(30)
                .contains("jp.kumiaidesk.layout.AppShell", "jp.kumiaidesk.layout.NotFoundView");
        assertThat(found.stream().filter(name -> SCANNED.stream().noneMatch(p -> name.startsWith(p + "."))))
                .as("classes outside @EnableVaadin's packages (add the package there)").isEmpty();
    }

    @Test
    void every_package_it_scans_holds_some() {
        Set<String> packages = vaadinTypes().stream().map(name -> name.substring(0, name.lastIndexOf('.')))
                .collect(Collectors.toSet());
        assertThat(SCANNED).as("packages scanned at each start for nothing").allMatch(packages::contains);
    }

    private static Set<String> vaadinTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(RouteAlias.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(AppShellConfigurator.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(WebComponentExporter.class));
        return scanner.findCandidateComponents(Application.class.getPackageName()).stream()
                .map(BeanDefinition::getBeanClassName)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
