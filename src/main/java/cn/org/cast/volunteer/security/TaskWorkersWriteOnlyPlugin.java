package cn.org.cast.volunteer.security;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Camunda 7.24 lets anyone who knows a task's id comment on it and add or delete its attachments: those
 * commands check no authorization at all. Read-only roles (the selection committee reads every plan for
 * Cockpit) must write nothing, so for a signed-in user other than an administrator these commands need the
 * right to work the task: assignee, candidate, or TASK_WORK / UPDATE on it. Without a task, on a process
 * instance, they need UPDATE on the instance. Editing and deleting comments are checked by the engine itself.
 */
@Component
class TaskWorkersWriteOnlyPlugin extends AbstractProcessEnginePlugin {

  static final String REFUSAL = "只有可以办理该任务的人才能添加评论或添加、修改、删除附件。";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PreCommandInterceptors.add(configuration, new Guard());
  }

  /** What a guarded command writes to: a task, a process instance, or an existing attachment. */
  record Target(String taskId, String processInstanceId, String attachmentId) {

    static Target of(Command<?> command) {
      if (command instanceof AddCommentCmd || command instanceof CreateAttachmentCmd) {
        return new Target(PreCommandInterceptors.argument(command, "taskId"),
            PreCommandInterceptors.argument(command, "processInstanceId"), null);
      }
      if (command instanceof DeleteAttachmentCmd) {
        return new Target(null, null, PreCommandInterceptors.argument(command, "attachmentId"));
      }
      if (command instanceof SaveAttachmentCmd) {
        Attachment attachment = PreCommandInterceptors.argument(command, "attachment");
        return new Target(null, null, attachment == null ? null : attachment.getId());
      }
      return null;
    }
  }

  static class Guard extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      Target target = Target.of(command);
      if (target != null) {
        next.execute(context -> {
          check(context, target);
          return null;
        });
      }
      return next.execute(command);
    }

    private static void check(CommandContext context, Target target) {
      Authentication user = context.getAuthentication();
      // Jobs, delegates and the app's own system calls run without a user; administrators may do anything.
      if (user == null || user.getUserId() == null || !context.isAuthorizationCheckEnabled()
          || context.getAuthorizationManager().isCamundaAdmin(user)) {
        return;
      }
      String taskId = target.taskId();
      String processInstanceId = target.processInstanceId();
      if (target.attachmentId() != null) {
        AttachmentEntity attachment = context.getDbEntityManager().selectById(AttachmentEntity.class, target.attachmentId());
        if (attachment == null) {
          return; // the command itself answers that it does not exist
        }
        taskId = attachment.getTaskId();
        processInstanceId = attachment.getProcessInstanceId();
      }
      boolean allowed = taskId != null ? mayWork(context, user, taskId, processInstanceId)
          : processInstanceId != null && mayUpdate(context, user, processInstanceId);
      if (!allowed) {
        throw new AuthorizationException(REFUSAL);
      }
    }

    /** Only an open task is worked; a comment naming another instance too would land on that instance. */
    private static boolean mayWork(CommandContext context, Authentication user, String taskId, String processInstanceId) {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null || processInstanceId != null && !processInstanceId.equals(task.getProcessInstanceId())) {
        return false;
      }
      String userId = user.getUserId();
      List<String> groups = groups(user);
      if (userId.equals(task.getAssignee())) {
        return true;
      }
      for (IdentityLink candidate : task.getCandidates()) {
        if (userId.equals(candidate.getUserId()) || groups.contains(candidate.getGroupId())) {
          return true;
        }
      }
      AuthorizationManager authorizations = context.getAuthorizationManager();
      if (authorizations.isAuthorized(userId, groups, TaskPermissions.TASK_WORK, Resources.TASK, taskId)
          || authorizations.isAuthorized(userId, groups, Permissions.UPDATE, Resources.TASK, taskId)) {
        return true;
      }
      String definitionKey = task.getProcessDefinition() == null ? null : task.getProcessDefinition().getKey();
      return definitionKey != null && (authorizations.isAuthorized(userId, groups, ProcessDefinitionPermissions.TASK_WORK,
          Resources.PROCESS_DEFINITION, definitionKey)
          || authorizations.isAuthorized(userId, groups, ProcessDefinitionPermissions.UPDATE_TASK,
              Resources.PROCESS_DEFINITION, definitionKey));
    }

    private static boolean mayUpdate(CommandContext context, Authentication user, String processInstanceId) {
      ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
      if (instance == null) {
        return false;
      }
      AuthorizationManager authorizations = context.getAuthorizationManager();
      return authorizations.isAuthorized(user.getUserId(), groups(user), ProcessInstancePermissions.UPDATE,
          Resources.PROCESS_INSTANCE, processInstanceId)
          || authorizations.isAuthorized(user.getUserId(), groups(user), ProcessDefinitionPermissions.UPDATE_INSTANCE,
              Resources.PROCESS_DEFINITION, instance.getProcessDefinition().getKey());
    }

    private static List<String> groups(Authentication user) {
      return user.getGroupIds() == null ? List.of() : user.getGroupIds().stream().filter(Objects::nonNull).toList();
    }
  }
}
