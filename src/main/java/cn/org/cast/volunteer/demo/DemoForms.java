package cn.org.cast.volunteer.demo;

import java.util.HashMap;
import java.util.Map;

import cn.org.cast.volunteer.ceremony.FlagOrder;
import cn.org.cast.volunteer.ceremony.SymposiumProcess;
import cn.org.cast.volunteer.venue.EndpointKind;
import cn.org.cast.volunteer.venue.LinkupProcess;

/** The symposium's forms filled in completely, as Tasklist submits them: for the demo campaign and the tests. */
public final class DemoForms {

  private DemoForms() {
  }

  /** 分会场登记: the address, kind and organiser as the plan proposed them, a contact and a conference number. */
  public static Map<String, Object> venueRegistration(Object address, Object kind, Object organizingUnit, String endpoint) {
    Map<String, Object> form = new HashMap<>();
    form.put(LinkupProcess.ADDRESS, address);
    form.put(LinkupProcess.VENUE_KIND, kind);
    form.put(LinkupProcess.HOST_UNIT, "主办单位");
    form.put(LinkupProcess.ORGANIZING_UNIT, organizingUnit);
    form.put(LinkupProcess.CONTACT_NAME, "现场联系人");
    form.put(LinkupProcess.CONTACT_MOBILE, "13800138000");
    form.put(LinkupProcess.ENDPOINT_KIND, EndpointKind.VIDEO_CONFERENCE.name());
    form.put(LinkupProcess.ENDPOINT, endpoint);
    return form;
  }

  /** 编排座谈会议程: a morning symposium at 09:30, flags by rank in batches of the given size. */
  public static Map<String, Object> runningOrder(int batchSize, boolean finalised) {
    Map<String, Object> form = new HashMap<>();
    form.put(SymposiumProcess.START_TIME, "09:30");
    form.put(SymposiumProcess.HOST, "王主持");
    form.put(SymposiumProcess.LAUNCH_PRESENTER, "中国科协领导");
    form.put(SymposiumProcess.CORPS_PRESENTER, "中国科协书记处书记");
    form.put(SymposiumProcess.CORPS_RECIPIENT, "中国科技志愿服务总队代表");
    form.put(SymposiumProcess.FLAG_ORDER, FlagOrder.RANK.name());
    form.put(SymposiumProcess.FLAG_BATCH_SIZE, batchSize);
    form.put(SymposiumProcess.FLAG_PRESENTERS, "中国科协书记处书记\n组织人事部部长");
    form.put(SymposiumProcess.SHOWCASE_ITEMS, "应急科普服务行动\n乡村振兴科技志愿服务");
    form.put(SymposiumProcess.INTERVIEWS, "李明——科技特派员\n陈芳——社区科普志愿者");
    form.put(SymposiumProcess.LINK_MINUTES, 3);
    form.put(SymposiumProcess.FINALISED, finalised);
    return form;
  }
}
