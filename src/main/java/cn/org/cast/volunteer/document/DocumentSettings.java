package cn.org.cast.volunteer.document;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Plan documents (prefix {@code cast.documents}).
 *
 * @param directory where the files are kept, under random names (the database holds what they are)
 * @param maxSize the largest file accepted
 * @param maxExpandedSize the most a Word package may expand to when unzipped (refuses zip bombs)
 */
@ConfigurationProperties("cast.documents")
record DocumentSettings(
    @DefaultValue("./data/documents") Path directory,
    @DefaultValue("20MB") DataSize maxSize,
    @DefaultValue("200MB") DataSize maxExpandedSize) {}
