package cn.org.cast.volunteer.notification;

/** A rendered mail: subject, plain text and HTML alternatives. */
record MailContent(String subject, String text, String html) {}
