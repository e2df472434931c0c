package cn.org.cast.volunteer.notification;

/** Why a message goes out; part of its idempotency key, so each purpose is sent once per recipient. */
public enum NotificationPurpose {
  /** The campaign notice to a recipient organisation (seed N2). */
  NOTICE_ISSUED
}
