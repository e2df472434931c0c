package cn.org.cast.volunteer.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** Checks that run before the engine's commands: every service call goes through the "transaction required" chain. */
final class PreCommandInterceptors {

  private PreCommandInterceptors() {
  }

  static void add(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(interceptor);
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }
}
