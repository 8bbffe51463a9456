package cn.gongkai.disclosure;

import cn.gongkai.shared.SameText;
import jakarta.annotation.Nullable;
import java.util.List;

/**
 * The application as filed (申请内容, Art. 29): who asks, how to reach them, what they ask for and how they
 * want it. Identity and phone numbers are held in clear only in memory; they are encrypted at rest.
 */
public record Application(
        Applicant applicant,
        Contact contact,
        RequestedInformation information,
        Delivery delivery,
        List<String> attachmentIds) {

    public Application {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }

    /** The type of identity document (身份证件类型). */
    public enum IdDocumentType {
        /** 居民身份证 */
        RESIDENT_ID_CARD,
        /** 护照 */
        PASSPORT,
        /** 港澳居民来往内地通行证 */
        HONG_KONG_MACAO_PERMIT,
        /** 台湾居民来往大陆通行证 */
        TAIWAN_PERMIT,
        /** 外国人永久居留身份证 */
        FOREIGN_PERMANENT_RESIDENT_CARD
    }

    /** 获取信息的载体形式 */
    public enum Medium {
        /** 纸质 */
        PAPER,
        /** 电子 */
        ELECTRONIC
    }

    /** 获取信息的方式 */
    public enum DeliveryChannel {
        /** 邮寄 */
        POST,
        /** 自行领取 */
        PICK_UP,
        /** 电子邮件 */
        EMAIL,
        /** 网上获取 */
        ONLINE;

        /** Paper goes by post or is picked up; electronic copies by e-mail or on-line. */
        public boolean suits(Medium medium) {
            return (medium == Medium.PAPER) == (this == POST || this == PICK_UP);
        }
    }

    /**
     * The applicant (申请人). For an organisation, {@code name} is the organisation's, with its credit code,
     * and the identity document is its representative's.
     */
    public record Applicant(
            ApplicantKind kind,
            String name,
            String creditCode,
            String representative,
            IdDocumentType idType,
            String idNumber,
            Agent agent) {}

    /** Someone filing on the applicant's behalf (代理人), with a power of attorney (授权委托书). */
    public record Agent(String name, IdDocumentType idType, String idNumber, String powerOfAttorneyId) {}

    /** 联系方式 */
    public record Contact(
            String phone,
            @Nullable String email,
            @Nullable String postalAddress,
            @Nullable String postalCode) {}

    /** 所需政府信息: a title, a document number (文号) or a description specific enough to find it. */
    public record RequestedInformation(
            @Nullable String title, @Nullable String documentNumber, String description) {

        /**
         * What two applications share when they ask for the same information: the title, document number and
         * description, each reduced to its letters and digits ({@link SameText}), so that the same paste matches.
         */
        public String sameText() {
            return String.join("\n", SameText.of(title), SameText.of(documentNumber), SameText.of(description));
        }
    }

    /** 获取方式 */
    public record Delivery(Medium medium, DeliveryChannel channel) {}
}
