package cn.org.cast.volunteer.selection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The scoring rubric, kept as data (selection/rubric.csv): each criterion with its weight (the
 * weights add up to 100) and the points a reviewer gives on it (0 to its maximum). A reviewer's score
 * of a plan is the weighted sum, from 0 to 100.
 */
public record Rubric(List<Criterion> criteria) {

  public record Criterion(String code, String name, int weight, int maxPoints, String guidance) {}

  public static Rubric read(InputStream csv) {
    try (csv; MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      List<Criterion> criteria = new ArrayList<>();
      for (Map<String, String> row : rows.readAll()) {
        criteria.add(new Criterion(row.get("code"), row.get("name"), Integer.parseInt(row.get("weight")),
            Integer.parseInt(row.get("max_points")), row.get("guidance")));
      }
      int weights = criteria.stream().mapToInt(Criterion::weight).sum();
      if (weights != 100) {
        throw new IllegalArgumentException("The rubric's weights add up to " + weights + ", not 100");
      }
      return new Rubric(List.copyOf(criteria));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the rubric", e);
    }
  }

  /** The weighted score, 0 to 100, of one reviewer's points (one entry per criterion code). */
  public double score(Map<String, Integer> points) {
    double total = 0;
    for (Criterion criterion : criteria) {
      Integer given = points.get(criterion.code());
      if (given == null || given < 0 || given > criterion.maxPoints()) {
        throw new IllegalArgumentException("“" + criterion.name() + "”应为0至" + criterion.maxPoints() + "分");
      }
      total += criterion.weight() * given / (double) criterion.maxPoints();
    }
    return Math.round(total * 100) / 100.0;
  }
}
