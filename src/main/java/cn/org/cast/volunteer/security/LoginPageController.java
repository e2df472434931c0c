package cn.org.cast.volunteer.security;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The one login page, in Chinese, for Tasklist, Cockpit, Admin and the app's own pages. */
@Controller
class LoginPageController {

  /** Most people come to work their tasks: the front door opens on Tasklist. */
  @GetMapping("/")
  public String home() {
    return "redirect:/camunda/app/tasklist/default/";
  }

  @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  @ResponseBody
  public String loginPage(CsrfToken csrf, @RequestParam(required = false) String error,
      @RequestParam(required = false) String logout) {
    String notice = error != null ? "<p class=\"error\">用户名或密码不正确，或登录尝试过于频繁，请稍后再试。</p>"
        : logout != null ? "<p class=\"info\">您已安全退出。</p>" : "";
    return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
          <meta charset="UTF-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>登录 · 科技志愿服务行动工作平台</title>
          <link rel="stylesheet" href="/assets/login.css">
        </head>
        <body>
          <main class="login">
            <h1>科技志愿服务行动工作平台</h1>
            <p class="subtitle">中国科协 · 全国科技工作者日主题活动</p>
            %s
            <form method="post" action="/login">
              <label for="username">用户名</label>
              <input id="username" name="username" autocomplete="username" required autofocus>
              <label for="password">密码</label>
              <input id="password" name="password" type="password" autocomplete="current-password" required>
              <input type="hidden" name="%s" value="%s">
              <button type="submit">登录</button>
            </form>
            <p class="hint">登录后进入任务列表（Tasklist）；组织者可在顶部菜单进入监控（Cockpit）。</p>
          </main>
        </body>
        </html>
        """.formatted(notice, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
  }
}
