package cn.org.cast.volunteer.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.CampaignFixtures;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.plan.PlanProcess;

/** The generated Attachment 1 carries every field of the form, in Word and in PDF. */
class AttachmentOneTest {

  private static final List<String> EVERY_FIELD = List.of(AttachmentOne.TITLE, "单位盖章", "报送时间",
      "主办单位名称", "中国化学会", "主题活动名称", "化学科普进社区", "承办单位名称", "中国化学会科普工作委员会",
      "对接入驻平台", "党群服务中心 北京市海淀区中关村街道党群服务中心", "座谈会当天与北京主场视频连线", "是",
      "联系人", "张三", "010-62568157", "13812345678", "010-62568158", "contact@chemsoc.example.org",
      "中国化学会科技志愿服务总队", "全国学会总队", "李四", "120",
      "中关村科学城分会场", "产业园区", "中国化学会北京分会", "北京市海淀区中关村大街1号",
      AttachmentOne.NOMINEES_TITLE, "浙江省化学会", "浙江");

  private final AttachmentOne attachment = AttachmentOne.from(FormValues.of(form()));

  @Test
  void wordDocumentContainsEveryField() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AttachmentOneWord().write(attachment, out);

    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
         XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      String text = extractor.getText();
      assertThat(text).contains(EVERY_FIELD).contains(attachment.planText());
    }
  }

  @Test
  void pdfContainsEveryFieldInAnEmbeddedChineseFont() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AttachmentOnePdf().write(attachment, out);

    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
      for (String field : EVERY_FIELD) {
        assertThat(text).contains(field.replaceAll("\\s+", ""));
      }
      assertThat(text).contains(attachment.planText().substring(0, 40));
      PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.isEmbedded()).isTrue();
      assertThat(font.getName()).contains("WenQuanYi");
    }
  }

  @Test
  void whatTheFormDoesNotHaveYetIsLeftBlank() throws Exception {
    AttachmentOne empty = AttachmentOne.from(FormValues.of(Map.of(PlanProcess.HOST_ORGANIZATION, "中国化学会")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AttachmentOnePdf().write(empty, out);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("中国化学会", "主题活动名称").doesNotContain("null");
    }
  }

  private static Map<String, Object> form() {
    Map<String, Object> form = new HashMap<>(CampaignFixtures.planSubmission("化学科普进社区"));
    form.put(PlanProcess.HOST_ORGANIZATION, "中国化学会");
    form.put(PlanProcess.NOMINATED_SOCIETIES,
        List.of(Map.of(PlanProcess.NOMINEE_NAME, "浙江省化学会", PlanProcess.NOMINEE_REGION, "浙江")));
    return form;
  }
}
