package cn.org.cast.volunteer.document;

import java.time.OffsetDateTime;

/** One document of one plan revision. */
public record PlanDocument(long id, long planId, int revision, DocumentKind kind, String fileName, String contentType,
    long size, String sha256, String storageKey, String uploadedBy, OffsetDateTime uploadedAt) {}
