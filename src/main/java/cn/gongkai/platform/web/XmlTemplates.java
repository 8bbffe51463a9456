package cn.gongkai.platform.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Feeds and sitemaps are XML: their templates ({@code templates/xml/*.xml}) are read and escaped as XML, beside the
 * HTML templates of pages and letters.
 */
@Configuration(proxyBeanMethods = false)
public class XmlTemplates {

    @Bean
    SpringResourceTemplateResolver xmlTemplateResolver() {
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setPrefix("classpath:/templates/");
        resolver.setSuffix(".xml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of("xml/*"));
        resolver.setOrder(0);
        resolver.setCheckExistence(true);
        return resolver;
    }
}
