package cn.gongkai.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The application's own log configuration masks personal data in whatever is logged. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLogMaskingIntegrationTests {

    @Test
    void idAndMobileNumbersNeverReachTheLogInClear(CapturedOutput output) {
        var log = LoggerFactory.getLogger("cn.gongkai.example");
        log.info("申请人 11010519491231002X 电话 13812345678");
        log.warn("failed for {}", "340621199001011234", new IllegalStateException("phone 15955512345"));

        assertThat(output.getOut())
                .contains("110105********002X", "138****5678", "340621********1234", "159****2345")
                .doesNotContain("11010519491231002X", "13812345678", "340621199001011234", "15955512345");
    }
}
