package cn.org.cast.volunteer.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;

import com.lowagie.text.pdf.BaseFont;

/**
 * The CJK font that ships with the app (WenQuanYi Micro Hei), embedded as a subset in every PDF it
 * writes so that they print the same on any machine.
 */
public final class CjkFont {

  static final String FILE = "fonts/wqy-microhei.ttc";

  private CjkFont() {
  }

  public static BaseFont load() {
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      return BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
          in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load " + FILE, e);
    }
  }
}
