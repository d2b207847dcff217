package jp.kumiaidesk.ops;

import java.util.Map;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.aop.framework.AbstractAdvisingBeanPostProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times the operations whose duration an operator watches, without touching the features' code: the recruitment
 * import ({@code kd_import_seconds}), newsletter publication ({@code kd_newsletter_publish_seconds}) and every
 * PDF render ({@code kd_pdf_render_seconds}). The methods are named here once; {@code MetricsTest} fails when one
 * of them is renamed.
 */
@Component
class OperationTimers extends AbstractAdvisingBeanPostProcessor {

    /** Class name → method name → meter name. */
    static final Map<String, Map<String, String>> TIMED = Map.of(
            "jp.kumiaidesk.recruitment.HireImportService", Map.of("confirm", "kd.import"),
            "jp.kumiaidesk.newsletter.NewsletterService", Map.of("publish", "kd.newsletter.publish"),
            "jp.kumiaidesk.base.HtmlPdf", Map.of("render", "kd.pdf.render"));

    OperationTimers(ObjectProvider<MeterRegistry> registry) {
        MethodInterceptor timing = invocation -> {
            Timer timer = Timer.builder(meterOf(invocation.getMethod().getDeclaringClass().getName(),
                    invocation.getMethod().getName())).register(registry.getObject());
            Timer.Sample sample = Timer.start();
            try {
                return invocation.proceed();
            } finally {
                sample.stop(timer);
            }
        };
        this.advisor = new DefaultPointcutAdvisor(new StaticMethodMatcherPointcut() {
            @Override
            public boolean matches(java.lang.reflect.Method method, Class<?> targetClass) {
                return meterOf(method.getDeclaringClass().getName(), method.getName()) != null;
            }
        }, timing);
        setBeforeExistingAdvisors(true);
    }

    private static String meterOf(String className, String method) {
        return TIMED.getOrDefault(className, Map.of()).get(method);
    }
}
