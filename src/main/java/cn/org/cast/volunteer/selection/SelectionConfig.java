package cn.org.cast.volunteer.selection;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(SelectionSettings.class)
class SelectionConfig {
}
