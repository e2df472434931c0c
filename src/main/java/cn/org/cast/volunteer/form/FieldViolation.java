package cn.org.cast.volunteer.form;

/** One rule a submitted field breaks, with the Chinese message the user sees. */
public record FieldViolation(String field, String message) {}
