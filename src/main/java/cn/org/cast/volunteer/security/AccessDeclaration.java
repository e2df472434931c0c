package cn.org.cast.volunteer.security;

/**
 * A stage's share of the identity set-up: the role groups, grants and Tasklist filters its work needs. Each stage
 * declares its own; {@link IdentitySetup} applies every declaration at each start, so security knows no stage.
 */
public interface AccessDeclaration {

  void declare(AccessSetup access);
}
