package cn.gongkai.hotline;

/** An emergency number (紧急求助电话) the hotline transfers emergencies to; 12345 handles no emergency itself. */
public enum EmergencyNumber {
    /** 110 报警服务台: crime, violence, people in danger. */
    POLICE("110"),
    /** 119 火警: fire, gas and chemical leaks, rescue (消防救援). */
    FIRE_AND_RESCUE("119"),
    /** 120 医疗急救. */
    AMBULANCE("120"),
    /** 122 交通事故报警. */
    TRAFFIC_POLICE("122");

    private final String number;

    EmergencyNumber(String number) {
        this.number = number;
    }

    public String number() {
        return number;
    }
}
