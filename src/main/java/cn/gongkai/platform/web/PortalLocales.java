package cn.gongkai.platform.web;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * The portal speaks Chinese, and English for foreign residents and investors. Any other
 * Accept-Language gets Chinese, so a request never makes the server look for a bundle it lacks.
 */
@Configuration(proxyBeanMethods = false)
public class PortalLocales {

    public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Bean(WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME)
    LocaleContextResolver localeContextResolver() {
        var resolver = new AcceptHeaderLocaleContextResolver();
        resolver.setSupportedLocales(SUPPORTED);
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return resolver;
    }

    /** The validator's message bundles, as it looks them up (see {@link #loadMessageBundles}). */
    private static final List<String> VALIDATION_BUNDLES = List.of(
            "ValidationMessages", "ContributorValidationMessages", "org.hibernate.validator.ValidationMessages");

    /**
     * Message bundles (ours and the validator's) are read from files on first use in each language:
     * read them before the server takes requests, never on an event-loop thread. The validator asks the JDK for its
     * bundles on every new message, and the JDK keeps them only softly: a collection under memory pressure would
     * have the next message read its jar again, on an event loop. Holding them here keeps them.
     */
    @Bean
    SmartInitializingSingleton loadMessageBundles(MessageSource messages, ObjectProvider<Validator> validator) {
        return () -> {
            Locale previous = LocaleContextHolder.getLocale();
            try {
                for (Locale locale : SUPPORTED) {
                    messages.getMessage("problem.validation.title", null, "", locale);
                    LocaleContextHolder.setLocale(locale);
                    validator.ifAvailable(v -> v.validate(new Probe(null)));
                    keepValidationBundles(locale);
                }
            } finally {
                LocaleContextHolder.setLocale(previous);
            }
        };
    }

    private static final List<ResourceBundle> keptBundles = new CopyOnWriteArrayList<>();

    private static void keepValidationBundles(Locale locale) {
        for (ClassLoader loader :
                new ClassLoader[] {Thread.currentThread().getContextClassLoader(), PortalLocales.class.getClassLoader()
                }) {
            for (String name : VALIDATION_BUNDLES) {
                try {
                    keptBundles.add(ResourceBundle.getBundle(name, locale, loader));
                } catch (MissingResourceException none) {
                    // Not every bundle exists (contributors'); the validator asks, finds none, and goes on.
                }
            }
        }
    }

    private record Probe(@NotNull String value) {}
}
