package cn.gongkai.hotline.internal;

/**
 * The personal facts a ticket already holds (工单中的个人信息): whatever the reply says, these are removed wherever
 * they appear, even where no pattern or name recognition would find them. Each may be {@code null} or blank.
 *
 * @param name the submitter's (contact's) name
 * @param phone the submitter's phone number, in any common notation
 * @param creditCode the enterprise's 统一社会信用代码, removed here even when it is a company's: it identifies the
 *        submitter of this ticket
 * @param address the address the submitter gave for the matter or for contact
 */
public record TicketPersonalData(String name, String phone, String creditCode, String address) {

    public static TicketPersonalData none() {
        return new TicketPersonalData(null, null, null, null);
    }
}
