package org.sealdesk.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sealdesk.common.RuleViolation;
import org.sealdesk.staff.StaffAdministration;
import org.sealdesk.staff.StaffRole;
import org.sealdesk.staff.StaffUserView;
import org.sealdesk.web.Feedback;

/** 人员管理: staff members, their roles, disabling and authenticator resets. */
@Named
@ViewScoped
public class StaffUsersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CREATE_FORM = "createForm";

    @Inject
    transient StaffAdministration administration;

    private List<StaffUserView> members;
    private String username;
    private String displayName;
    private String password;
    private List<String> roles;
    private final Map<Long, List<String>> editedRoles = new HashMap<>();

    /** viewAction */
    public void load() {
        members = administration.members();
        editedRoles.clear();
        members.forEach(m -> editedRoles.put(m.id(), m.roles().stream().map(Enum::name).collect(Collectors.toList())));
    }

    public void create() {
        try {
            StaffUserView created = administration.create(username, displayName, password, roleSet(roles));
            Feedback.info(null, "staff.users.created", created.username());
            username = null;
            displayName = null;
            password = null;
            roles = null;
            load();
        } catch (RuleViolation refused) {
            Feedback.error(fieldOf(refused), refused);
        }
    }

    public void saveRoles(StaffUserView member) {
        act(() -> administration.assignRoles(member.id(), roleSet(editedRoles.get(member.id()))),
                "staff.users.rolesSaved", member);
    }

    public void toggleDisabled(StaffUserView member) {
        act(() -> administration.setDisabled(member.id(), !member.disabled()),
                member.disabled() ? "staff.users.enabled" : "staff.users.disabled", member);
    }

    public void resetTotp(StaffUserView member) {
        act(() -> administration.resetTotp(member.id()), "staff.users.totpReset", member);
    }

    private void act(Runnable action, String doneKey, StaffUserView member) {
        try {
            action.run();
            Feedback.info(null, doneKey, member.username());
            load();
        } catch (RuleViolation refused) {
            Feedback.error(null, refused);
        }
    }

    private static Set<StaffRole> roleSet(List<String> chosen) {
        return chosen == null ? Set.of()
                : chosen.stream().map(StaffRole::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
    }

    private static String fieldOf(RuleViolation refused) {
        String key = refused.messageKey();
        return key.startsWith("staff.username") ? CREATE_FORM + ":username"
                : key.startsWith("staff.displayName") ? CREATE_FORM + ":displayName"
                : key.startsWith("validation.password") ? CREATE_FORM + ":password"
                : key.startsWith("staff.roles") ? CREATE_FORM + ":roles" : null;
    }

    public StaffRole[] getAllRoles() {
        return StaffRole.values();
    }

    public List<StaffUserView> getMembers() {
        return members;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Map<Long, List<String>> getEditedRoles() {
        return editedRoles;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
