package cn.gongkai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The drawn code reads back as the address it was made for. */
class QrCodeTests {

    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final int SCALE = 4;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8000/reports/340621/2019/rule-of-law",
                "https://www.huaibei.gov.cn/reports/340600-sfj/2025/open-government-information",
                "https://例子.中国/报告"
            })
    void readsBackAsTheAddress(String url) throws Exception {
        QrCode.Drawing drawing = QrCode.of(url);
        int side = drawing.size() * SCALE;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher module = MODULE.matcher(drawing.path());
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < SCALE; dy++) {
                for (int dx = 0; dx < SCALE; dx++) {
                    pixels[(y * SCALE + dy) * side + x * SCALE + dx] = 0xFF000000;
                }
            }
        }
        var image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        assertThat(new QRCodeReader().decode(image).getText()).isEqualTo(url);
    }
}
