package cn.gongkai.hotline;

import jakarta.annotation.Nullable;

/**
 * A channel other than the hotline that a matter belongs to (转办渠道): 12345 does not take in what the law gives its
 * own procedure (国办发〔2020〕53号; DOMAIN.md §3), but tells the person where to go.
 */
public enum RedirectKind {
    /** 政府信息公开申请: a request for government information is filed as a disclosure request, here on the portal. */
    DISCLOSURE("/disclosure"),
    /** 诉讼、仲裁: a matter before a court or an arbitration commission follows that procedure. */
    LITIGATION(null),
    /** 行政复议: a matter under administrative reconsideration is decided by the reconsideration body. */
    RECONSIDERATION(null),
    /** 信访: a petition follows the 《信访工作条例》 through the petition offices. */
    PETITION(null);

    private final String path;

    RedirectKind(String path) {
        this.path = path;
    }

    /** Where on this portal the person continues, or null when the channel is outside it. */
    @Nullable
    public String path() {
        return path;
    }
}
