package cn.gongkai.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's own identity (网站标识): its name, the 网站标识码 issued for government websites and
 * the public contact shown in the footer.
 *
 * @param publicUrl the address the public reaches the portal at, as printed in QR codes and documents; configured,
 *     never taken from a request's Host header, since pages made with it are cached for everyone
 */
@ConfigurationProperties(prefix = "gongkai.site")
public record SiteSettings(String name, String siteCode, String contactPhone, String contactEmail, String publicUrl) {

    public SiteSettings {
        publicUrl =
                publicUrl == null || publicUrl.isBlank() ? "http://127.0.0.1:8000" : publicUrl.replaceAll("/+$", "");
    }
}
