package cn.gongkai.identity;

/** Kind of agency (机关类型), from the province's government down to a government department. */
public enum AgencyKind {
    /** 省级人民政府 */
    PROVINCE_GOVERNMENT,
    /** 设区的市级人民政府 */
    CITY_GOVERNMENT,
    /** 县级人民政府 */
    COUNTY_GOVERNMENT,
    /** 市辖区人民政府 */
    DISTRICT_GOVERNMENT,
    /** 县级以上人民政府部门 */
    DEPARTMENT;

    /** Governments publish their OGI annual report by 31 March, departments by 31 January. */
    public boolean isGovernment() {
        return this != DEPARTMENT;
    }
}
