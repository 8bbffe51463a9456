package cn.gongkai.hotline.internal;

/** Kind of personal data (个人信息类别) removed from a reply, with the mark that takes its place in the text. */
public enum RedactionKind {
    NAME("〔姓名〕"),
    PHONE("〔电话〕"),
    ID_NUMBER("〔身份证号〕"),
    CREDIT_CODE("〔信用代码〕"),
    ADDRESS("〔地址〕"),
    PLATE("〔车牌〕"),
    EMAIL("〔邮箱〕"),
    PASSPORT("〔证件号〕"),
    BANK_CARD("〔银行卡号〕");

    private final String mark;

    RedactionKind(String mark) {
        this.mark = mark;
    }

    /** What the reader of the board sees instead, so the sentence still reads. */
    public String mark() {
        return mark;
    }
}
