package cn.gongkai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTests {

    private final Masking defaults = Masking.defaults();

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "11010519491231002X|110105********002X",
                "110105194912310021|110105********0021",
                "1101051949|**********",
                "110105|******"
            })
    void masksIdNumbersKeepingFirstSixAndLastFour(String idNumber, String masked) {
        assertThat(defaults.maskIdNumber(idNumber)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "[{0}] → [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "13812345678|138****5678",
                "138 1234 5678|138 **** 5678",
                "138-1234-5678|138-****-5678",
                "1381234|*******"
            })
    void masksPhonesKeepingFirstThreeAndLastFour(String phone, String masked) {
        assertThat(defaults.maskPhone(phone)).isEqualTo(masked);
    }

    @Test
    void keepsNullAsNull() {
        assertThat(defaults.maskIdNumber(null)).isNull();
        assertThat(defaults.maskPhone(null)).isNull();
        assertThat(defaults.maskFreeText(null)).isNull();
    }

    @Test
    void usesConfiguredKeepCounts() {
        Masking masking = new Masking(1, 1, 0, 4);

        assertThat(masking.maskIdNumber("11010519491231002X")).isEqualTo("1****************X");
        assertThat(masking.maskPhone("13812345678")).isEqualTo("*******5678");
        assertThat(masking.maskFreeText("身份证11010519491231002X 手机13812345678"))
                .isEqualTo("身份证1****************X 手机*******5678");
    }

    @ParameterizedTest(name = "id {0}+{1}, phone {2}+{3}")
    @CsvSource({"-1, 4, 3, 4", "6, -1, 3, 4", "6, 4, -1, 4", "6, 4, 3, -1", "10, 8, 3, 4", "6, 4, 7, 4", "0, 18, 0, 0"})
    void refusesCountsThatWouldMaskNothing(int idFirst, int idLast, int phoneFirst, int phoneLast) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Masking(idFirst, idLast, phoneFirst, phoneLast));
    }

    @Test
    void defaultsAreSixAndFourForIdNumbersAndThreeAndFourForPhones() {
        assertThat(defaults).isEqualTo(new Masking(6, 4, 3, 4));
        assertThat(defaults.idKeepFirst()).isEqualTo(6);
        assertThat(defaults.idKeepLast()).isEqualTo(4);
        assertThat(defaults.phoneKeepFirst()).isEqualTo(3);
        assertThat(defaults.phoneKeepLast()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // several numbers in one message
                "申请人身份证11010519491231002X，手机13812345678，代理人手机13987654321"
                        + "|申请人身份证110105********002X，手机138****5678，代理人手机139****4321",
                "idNumber=11010519491231002x phone=13812345678|idNumber=110105********002x phone=138****5678",
                "[13812345678,11010519491231002X]|[138****5678,110105********002X]",
                // ID numbers are masked even when their check digit is wrong
                "id 110105194912310021 rejected|id 110105********0021 rejected",
                // country prefix and grouping are kept, the digits masked
                "call +8613812345678 now|call +86138****5678 now",
                "call +86 138 1234 5678 now|call +86 138 **** 5678 now",
                "tel:86-138-1234-5678|tel:86-138-****-5678",
                "8613812345678|86138****5678",
                // a 19-digit run (a bank card) is not an ID number, nor does it contain a mobile number
                "card 6222021234567890123 paid|card 6222021234567890123 paid",
                "card 6222021234567890123, phone 13812345678|card 6222021234567890123, phone 138****5678",
                // neither are 12- and 17-digit runs, nor 18 digits followed by X
                "order 138123456789 shipped|order 138123456789 shipped",
                "ref 11010519491231002 ok|ref 11010519491231002 ok",
                "ref 110105194912310021X ok|ref 110105194912310021X ok",
                "run 1381234567813812345678|run 1381234567813812345678",
                // numbers that do not start a mobile number stay readable
                "request 20250101 took 23812345678 ms|request 20250101 took 23812345678 ms"
            })
    void masksNumbersInFreeText(String text, String masked) {
        assertThat(defaults.maskFreeText(text)).isEqualTo(masked);
    }

    @Test
    void returnsTextWithoutNumbersUnchanged() {
        String text = "政府信息公开申请已受理，请于二十个工作日内答复。";

        assertThat(defaults.maskFreeText(text)).isSameAs(text);
        assertThat(defaults.maskFreeText("")).isEmpty();
    }
}
