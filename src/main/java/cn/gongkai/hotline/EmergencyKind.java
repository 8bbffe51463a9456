package cn.gongkai.hotline;

import java.util.List;

/**
 * A kind of emergency (紧急事项) that 12345 does not handle but transfers at once (国办发〔2020〕53号: 110, 119, 120,
 * 122 handle emergencies), with the numbers to call for it.
 */
public enum EmergencyKind {
    /** 火灾、爆炸 */
    FIRE(List.of(EmergencyNumber.FIRE_AND_RESCUE)),
    /** 燃气、有毒气体泄漏 */
    GAS(List.of(EmergencyNumber.FIRE_AND_RESCUE)),
    /** 违法犯罪、暴力、人身危险 */
    CRIME(List.of(EmergencyNumber.POLICE)),
    /** 急病、重伤 */
    MEDICAL(List.of(EmergencyNumber.AMBULANCE)),
    /** 交通事故 */
    TRAFFIC(List.of(EmergencyNumber.TRAFFIC_POLICE)),
    /** 被困、落水、坍塌: 抢险救援 */
    RESCUE(List.of(EmergencyNumber.FIRE_AND_RESCUE, EmergencyNumber.POLICE)),
    /** 自伤、轻生 */
    SELF_HARM(List.of(EmergencyNumber.POLICE, EmergencyNumber.AMBULANCE));

    private final List<EmergencyNumber> numbers;

    EmergencyKind(List<EmergencyNumber> numbers) {
        this.numbers = numbers;
    }

    public List<EmergencyNumber> numbers() {
        return numbers;
    }
}
