package cn.org.cast.volunteer.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The bytes of the documents, as files under random names in the configured directory: streamed in
 * and out, never held whole in memory, and never named after what a user typed.
 */
@Component
class DocumentStore {

  /** A file received but not yet kept. */
  public record Received(Path file, long size, String sha256) {}

  private final Path directory;
  private final long maxSize;

  DocumentStore(DocumentSettings settings) {
    this.directory = settings.directory().toAbsolutePath().normalize();
    this.maxSize = settings.maxSize().toBytes();
    try {
      Files.createDirectories(directory.resolve("incoming"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the document directory " + directory, e);
    }
  }

  /** Copies the upload to a temporary file, hashing it, and stops as soon as it passes the limit. */
  public Received receive(InputStream upload) throws IOException {
    Path file = Files.createTempFile(directory.resolve("incoming"), "upload-", ".part");
    MessageDigest sha256 = sha256();
    long size = 0;
    try (InputStream in = new DigestInputStream(upload, sha256); OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
        size += read;
        if (size > maxSize) {
          throw tooLarge();
        }
        out.write(buffer, 0, read);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new Received(file, size, HexFormat.of().formatHex(sha256.digest()));
  }

  /** Keeps a received file; returns the key it is stored under. */
  public String keep(Received received) throws IOException {
    String key = UUID.randomUUID().toString().replace("-", "");
    Files.move(received.file(), path(key), StandardCopyOption.ATOMIC_MOVE);
    return key;
  }

  public void discard(Received received) throws IOException {
    Files.deleteIfExists(received.file());
  }

  public InputStream open(String key) throws IOException {
    return Files.newInputStream(path(key));
  }

  public void delete(String key) throws IOException {
    Files.deleteIfExists(path(key));
  }

  public long maxSize() {
    return maxSize;
  }

  DocumentRejectedException tooLarge() {
    return new DocumentRejectedException(413, "文件超过" + (maxSize / (1024 * 1024)) + "MB，请压缩后再上传。");
  }

  private Path path(String key) {
    if (!key.matches("[0-9a-f]{32}")) {
      throw new IllegalArgumentException("Not a storage key: " + key);
    }
    return directory.resolve(key);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
