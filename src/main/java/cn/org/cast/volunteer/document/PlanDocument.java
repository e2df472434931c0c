package cn.org.cast.volunteer.document;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One document of one plan revision; where its bytes are stored is the server's business only. */
record PlanDocument(long id, long planId, int revision, DocumentKind kind, String fileName, String contentType,
    long size, String sha256, @JsonIgnore String storageKey, String uploadedBy, OffsetDateTime uploadedAt) {}
