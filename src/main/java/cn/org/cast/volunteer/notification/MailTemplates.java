package cn.org.cast.volunteer.notification;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the Chinese mail templates under {@code templates/mail/}: {@code <name>.txt} (plain text, its
 * first line the subject, then a blank line, then the body) and {@code <name>.html}.
 */
@Component
public class MailTemplates {

  private static final String PREFIX = "templates/mail/";

  private final TemplateEngine engine = new TemplateEngine();

  public MailTemplates() {
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
  }

  public MailContent render(NotificationPurpose purpose, Map<String, Object> model) {
    Context context = new Context(Locale.SIMPLIFIED_CHINESE, model);
    String text = engine.process(purpose.template() + ".txt", context).strip();
    int endOfSubject = text.indexOf('\n');
    return new MailContent(text.substring(0, endOfSubject).strip(), text.substring(endOfSubject).strip() + "\n",
        engine.process(purpose.template() + ".html", context));
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(PREFIX);
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setOrder(order);
    return resolver;
  }
}
