package org.passerelle.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.passerelle.security.Role;

/** A person who may sign in. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false, length = 8)
    private String language = "en";

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 32, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "erasure_requested_at")
    private Instant erasureRequestedAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Version
    private long version;

    protected Account() {}

    public Account(String email, String displayName, String passwordHash, String language, Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.language = language;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Enables or disables the account, remembering since when it is disabled (for the retention job). */
    public void setEnabled(boolean enabled, Instant now) {
        if (this.enabled && !enabled) {
            disabledAt = now;
        } else if (enabled) {
            disabledAt = null;
        }
        this.enabled = enabled;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public Instant getErasureRequestedAt() {
        return erasureRequestedAt;
    }

    public void requestErasure(Instant now) {
        erasureRequestedAt = now;
        touch(now);
    }

    public void cancelErasureRequest(Instant now) {
        erasureRequestedAt = null;
        touch(now);
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /**
     * Takes everything that named the person out of the account: a fixed name (shown in the reader's language), an
     * address that cannot receive mail, a password nobody knows; disabled for good, with no role left.
     */
    public void erase(String placeholderName, String placeholderEmail, String unusableHash, Instant now) {
        if (enabled) {
            disabledAt = now;
        }
        enabled = false;
        displayName = placeholderName;
        email = placeholderEmail;
        passwordHash = unusableHash;
        mustChangePassword = false;
        erasureRequestedAt = null;
        erasedAt = now;
        roles.clear();
        touch(now);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public long getVersion() {
        return version;
    }
}
