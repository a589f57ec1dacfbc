package io.statewire.service.security;

/**
 * The role of the endpoints that change what the service does. Its one user, {@code admin}, authenticates with HTTP
 * basic authentication and the password {@code statewire.admin.password} ({@code STATEWIRE_ADMIN_PASSWORD}); without
 * a password nobody has the role (see application.properties).
 */
public final class AdminRole {

    public static final String NAME = "admin";

    private AdminRole() {
    }
}
