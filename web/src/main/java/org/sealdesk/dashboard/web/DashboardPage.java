package org.sealdesk.dashboard.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import org.sealdesk.dashboard.Dashboard;
import org.sealdesk.dashboard.DashboardService;
import org.sealdesk.web.Feedback;

/** 工作台: counts per status, overdue reviews, today's money, applications per day. */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    @Inject
    transient DashboardService dashboards;

    private Dashboard dashboard;

    /** viewAction */
    public void load() {
        dashboard = dashboards.today();
    }

    /** Chart.js configuration for p:chart: a bar per day. */
    public String getApplicationsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        dashboard.applicationsPerDay().forEach(day -> {
            labels.add(DAY.format(day.day()));
            counts.add(day.applications());
        });
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", Feedback.text("staff.dashboard.applications"))
                                .add("data", counts).add("backgroundColor", "#3b82f6"))))
                .add("options", Json.createObjectBuilder()
                        // Drawn at once: no motion for those who asked for none, and what a screenshot shows is
                        // what the page shows.
                        .add("animation", false)
                        // The card's width at the page's height, not a fixed aspect ratio.
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0))))
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    /** The chart's text alternative: each day and its count, as a screen reader reads them. */
    public String getApplicationsSummary() {
        return Feedback.text("staff.dashboard.perDaySummary", dashboard.applicationsPerDay().stream()
                .map(day -> Feedback.text("staff.dashboard.dayCount", DAY.format(day.day()), day.applications()))
                .collect(Feedback.listing()));
    }

    public Dashboard getDashboard() {
        return dashboard;
    }
}
