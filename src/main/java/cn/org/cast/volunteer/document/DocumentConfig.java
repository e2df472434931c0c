package cn.org.cast.volunteer.document;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(DocumentSettings.class)
class DocumentConfig {
}
