package cn.gongkai.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.hotline.EmergencyKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Emergencies are recognised in wording the detector was not written from, and ordinary complaints that share
 * their words (a hot-pot restaurant, a chimney, an accident's insurance claim) raise no alarm.
 */
class EmergencyWordingTests {

    static final List<WordingTable> PHRASES = WordingTable.parse("""
            我家厨房的油锅烧起来了，火很大                         | FIRE
            楼道里的电动车充电时突然着火了                         | FIRE
            仓库那边火势越来越大，快派人过来                       | FIRE
            小区的变压器炸了，到处是火花                           | FIRE
            出租屋插座冒烟，还有一股焦糊的气味                     | FIRE
            邻居家一直有浓烟飘出来，敲门没人应                     | FIRE
            一进门就闻到很重的天然气味道                           | GAS
            楼道里全是煤气的气味，不知道谁家漏的                   | GAS
            厨房有股臭鸡蛋的味道，灶台都没开                       | GAS
            化工厂好像有氯气泄露出来，味道呛人                     | GAS
            液化气罐的阀门坏了在往外漏                             | GAS
            从昨晚开始楼道里一直有燃气味，现在更浓了               | GAS
            有个男的拿着菜刀在菜市场追人                           | CRIME
            刚才在公交站有人抢了我的包                             | CRIME
            有人撬开了邻居家的门正在往里搬东西                     | CRIME
            孩子在商场里走丢了，到处找不到                         | CRIME
            对方冒充公安让我转账，我已经转了两万                   | CRIME
            我老公喝醉了又在打我，孩子吓得直哭                     | CRIME
            救命，有人拿刀架在我脖子上                             | CRIME
            有人在取款机旁边抢钱                                   | CRIME
            楼下两伙人正在互相殴打，有人头上都是血                 | CRIME MEDICAL
            前面路口两辆车撞在一起了，有人被卡在车里               | TRAFFIC RESCUE
            高速上一辆大货车侧翻了                                 | TRAFFIC
            一个骑电瓶车的老人被小轿车撞倒在地                     | TRAFFIC
            小区门口发生追尾，两个司机下车吵起来了                 | TRAFFIC
            路上一辆摩托车和行人碰了，行人满脸是血                 | TRAFFIC MEDICAL
            刚刚在路口被电动车撞了，对方想跑，我腿流血了           | TRAFFIC MEDICAL
            我爸突然晕过去了，叫他也不答应                         | MEDICAL
            有位老人在广场上抽搐，嘴里吐白沫                       | MEDICAL
            同事胸口疼得厉害，喘不上气                             | MEDICAL
            孩子从楼梯上摔下来，腿好像断了                         | MEDICAL
            工地上有工人从脚手架掉下来了                           | MEDICAL
            路边有个人倒在地上一动不动                             | MEDICAL
            全家人头晕恶心，怀疑是热水器废气中毒                   | MEDICAL
            他吃了一整瓶安眠药，现在叫不醒                         | SELF_HARM MEDICAL
            有个女的站在桥栏杆外面要往下跳                         | SELF_HARM
            朋友发消息说活着没意思，要结束自己                     | SELF_HARM
            电梯卡在两层中间，里面有老人出不来                     | RESCUE
            小孩掉进小区的水塘里了                                 | RESCUE
            老房子的墙塌了，下面好像压着人                         | RESCUE
            小区楼下的火锅店油烟太大了                             |
            最近天气干燥，嘴里上火长了泡                           |
            上个月出的车祸，保险公司到现在还没理赔                 |
            想咨询一下交通事故责任认定书去哪里领                   |
            小区消防通道被私家车占了                               |
            物业说要搞消防演练，到时会拉警报                       |
            燃气费比去年涨了不少                                   |
            老旧小区的燃气管道锈得厉害，存在泄漏隐患               |
            打人工客服电话一直没人接                               |
            我们小区有人乱砍绿化带的树                             |
            网购的衣服被商家骗了，质量很差要退款                   |
            商场搞跳楼价清仓大甩卖，喇叭声音太吵                   |
            工厂烟囱一直冒黑烟，空气很差                           |
            这家店的炸鸡太油腻了                                   |
            公司去年出了工伤，工伤认定怎么办理                     |
            孩子上周在学校摔伤了，学校不肯承担医药费               |
            幸好没有人受伤，就是车被刮了                           |
            电梯每个月都要困人好几次，物业不修                     |
            小区门口经常有人打架斗殴，希望加强巡逻                 |
            怎样预防家里燃气泄漏                                   |
            我想问下救护车出车怎么收费                             |
            被这个办事效率气炸了                                   |
            火车站附近出租车乱要价                                 |
            车位被别人抢了，物业不管                               |
            我家宝宝打疫苗后发烧，想咨询                           |
            去年老家房子失火的补偿款还没发                         |
            单位组织了一次火灾逃生培训                             |
            下雨天路面积水，车子开过去溅人一身                     |
            医院抢救费用太高了，能报销多少                         |
            夜市烧烤摊冒的烟飘进我家                               |
            手机掉进了下水道，能不能帮忙捞                         |
            这家电器店卖的电热水壶通电就冒火花，要求退货           |
            想问一下交通事故快处快赔怎么操作                       |
            """);

    static List<WordingTable> phrases() {
        return PHRASES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrases")
    void readsTheEmergencyInThePhrase(WordingTable row) {
        assertThat(WordingTable.names(EmergencyWording.in(row.phrase()))).isEqualTo(row.expected());
    }

    @Test
    void theTableIsLargeAndItsPhrasesAreNotTheCodes() {
        assertThat(PHRASES).hasSizeGreaterThanOrEqualTo(60);
        assertThat(PHRASES).filteredOn(row -> row.expected().isEmpty()).hasSizeGreaterThanOrEqualTo(25);
        WordingTable.assertNotInSources(PHRASES);
    }

    @Test
    void readsFullWidthAndSpacedText() {
        assertThat(EmergencyWording.in("ＡＢＣ小区 3 号楼 着火啦 快来人")).containsExactly(EmergencyKind.FIRE);
    }

    @Test
    void readsNothingInNothing() {
        assertThat(EmergencyWording.in(null)).isEmpty();
        assertThat(EmergencyWording.in("   ")).isEmpty();
    }

    @Test
    void eachKindCarriesTheNumbersToCall() {
        assertThat(EmergencyKind.FIRE.numbers()).extracting(n -> n.number()).containsExactly("119");
        assertThat(EmergencyKind.CRIME.numbers()).extracting(n -> n.number()).containsExactly("110");
        assertThat(EmergencyKind.MEDICAL.numbers()).extracting(n -> n.number()).containsExactly("120");
        assertThat(EmergencyKind.TRAFFIC.numbers()).extracting(n -> n.number()).containsExactly("122");
    }
}
