package io.tablewise.devhost.web;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobId;
import io.tablewise.devhost.host.CurrentRequest;
import io.tablewise.devhost.host.DevSchedulerService;
import io.tablewise.devhost.host.DevUsers;
import io.tablewise.devhost.host.DevWebSudoManager;
import io.tablewise.devhost.host.FaultInjection;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Dev-host-only controls for people and tests, under /devhost (never part of the plugin):
 * <ul>
 * <li>{@code POST /devhost/jobs/{jobId}/run}: run a scheduled job now, as a node would when it
 *     fires; answers {@code {"outcome":..., "message":...}}</li>
 * <li>{@code POST /devhost/faults/crash-before-event-delete}: see {@link FaultInjection}</li>
 * <li>{@code POST /devhost/websudo/drop}: end this session's websudo window, as the products'
 *     "drop administrator access" link does (or as ten idle minutes would)</li>
 * </ul>
 * System administrators only, like everything that can change state.
 */
public class DevControlServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern RUN_JOB = Pattern.compile("/jobs/([A-Za-z0-9_.-]{1,200})/run");

    private final transient DevSchedulerService scheduler;
    private final transient FaultInjection faults;

    public DevControlServlet(DevSchedulerService scheduler, FaultInjection faults) {
        this.scheduler = scheduler;
        this.faults = faults;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DevUsers.DevUser user = CurrentRequest.user(request);
        if (user == null || user.role() != DevUsers.Role.SYSADMIN) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "system administrators only");
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher job = RUN_JOB.matcher(path);
        if (job.matches()) {
            JobRunnerResponse result = scheduler.runNow(JobId.of(job.group(1)));
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"outcome\":\"" + result.getRunOutcome() + "\",\"message\":"
                    + jsonString(result.getMessage()) + "}");
        } else if (path.equals("/websudo/drop")) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(DevWebSudoManager.SESSION_ATTRIBUTE);
            }
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else if (path.equals("/faults/crash-before-event-delete")) {
            faults.armCrashBeforeEventDelete();
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static String jsonString(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
