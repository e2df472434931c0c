package cn.org.cast.volunteer.project;

import static cn.org.cast.volunteer.project.ProjectProcess.*;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/** 报送项目进展 (forms/project-report.form). */
@Component
public class ProgressReportValidator implements FormValidator {

  @Override
  public String formId() {
    return REPORT_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    return new FieldChecks(values).required(PROGRESS, "本期进展").length(PROGRESS, "本期进展", 10, 2000).violations();
  }
}
