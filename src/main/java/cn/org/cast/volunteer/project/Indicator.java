package cn.org.cast.volunteer.project;

import java.math.BigDecimal;

/** A measurable promise of a project (e.g. 培训基层农技人员 300 人次) and, once evaluated, what it achieved. */
record Indicator(int position, String name, String unit, BigDecimal target, BigDecimal achieved) {

  public boolean met() {
    return achieved != null && achieved.compareTo(target) >= 0;
  }
}
