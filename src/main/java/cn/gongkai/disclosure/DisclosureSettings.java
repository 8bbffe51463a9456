package cn.gongkai.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the disclosure service (依申请公开设置) where the Regulations leave the number to the agency.
 *
 * @param correctionPeriod working days an applicant is given to correct (Art. 30 asks for a reasonable period)
 * @param feePaymentPeriod working days to pay a fee notice (国办函〔2020〕109号)
 * @param atRiskWorkingDays a request with this many working days left or fewer is flagged at risk
 * @param repeatWindowDays an applicant filing the same information to the same agency again within this many days
 *     of the earlier filing (or while it is still open) is warned first and must confirm
 * @param reminderSender the sender of reminder e-mails, sent when an SMTP server is configured
 *     ({@code spring.mail.host})
 */
@ConfigurationProperties("gongkai.disclosure")
public record DisclosureSettings(
        @DefaultValue("15") int correctionPeriod,
        @DefaultValue("20") int feePaymentPeriod,
        @DefaultValue("3") int atRiskWorkingDays,
        @DefaultValue("gongkai@localhost") String reminderSender,
        @DefaultValue("30") int repeatWindowDays) {}
