package cn.gongkai.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's own identity (网站标识): its name, the 网站标识码 issued for government websites and
 * the public contact shown in the footer.
 */
@ConfigurationProperties(prefix = "gongkai.site")
public record SiteSettings(String name, String siteCode, String contactPhone, String contactEmail) {}
