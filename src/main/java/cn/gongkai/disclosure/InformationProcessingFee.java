package cn.gongkai.disclosure;

/**
 * Information processing fee (信息处理费) under 国办函〔2020〕109号, charged only for clearly excessive
 * requests, either by the number of requests or by volume, never both. Amounts in whole yuan.
 */
public final class InformationProcessingFee {

    private InformationProcessingFee() {}

    /** How the fee is counted (计收方式). */
    public enum Method {
        /** 按件计收: by the applicant's running count of requests in the calendar month. */
        PER_REQUEST,
        /** 按量计收: by the pages provided for this request. */
        PER_PAGE
    }

    /**
     * The fee for the applicant's {@code ordinal}-th request to the agency in one calendar month: the first 10
     * are free, the 11th to 30th cost 100 元 each, and from the 31st the price rises by 100 元 with each
     * further band of 10 (31st–40th 200 元, 41st–50th 300 元, …).
     */
    public static int perRequest(int ordinal) {
        if (ordinal < 1) {
            throw new IllegalArgumentException("A request's ordinal in the month starts at 1: " + ordinal);
        }
        if (ordinal <= 10) {
            return 0;
        }
        if (ordinal <= 30) {
            return 100;
        }
        return 100 * (2 + (ordinal - 31) / 10);
    }

    /**
     * The fee for {@code pages} pages, each band charged only for the pages inside it: 1–30 free, 31–100 at
     * 10 元, 101–200 at 20 元, from 201 at 40 元 a page.
     */
    public static int perPage(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("Pages must not be negative: " + pages);
        }
        return 10 * pagesBetween(pages, 30, 100) + 20 * pagesBetween(pages, 100, 200) + 40 * Math.max(0, pages - 200);
    }

    private static int pagesBetween(int pages, int above, int upTo) {
        return Math.max(0, Math.min(pages, upTo) - above);
    }
}
