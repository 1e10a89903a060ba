using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts.Registration;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.People;
using Pamong.Platform.Web;

namespace Pamong.Platform.Accounts.Users;

public sealed record NewStaffAccount(string? UserName, string? FullName, string? Nip, string? Email, string? Password);

/// <summary>A new staff account; <paramref name="GeneratedPassword"/> is set (and shown once) when none was given.</summary>
public sealed record StaffAccountCreated(string Id, string UserName, string? GeneratedPassword);

public sealed record NewGrant(string? Role, int? UnitId, string? UnitCode);

/// <summary>
/// What an administrator does to accounts (pages and API): make staff accounts, grant and remove roles at
/// units, lock and unlock, reset two-factor sign-in and passwords. Every change is audited, with the reason given.
/// </summary>
public sealed partial class UserAdministration(
    PamongDb db, UserManager<PamongUser> users, AuditLog audit, AuditActor actor, TimeProvider clock, IStringLocalizer<AccountText> text)
{
    public async Task<Outcome<StaffAccountCreated>> CreateStaffAsync(NewStaffAccount request)
    {
        var problems = new List<Refusal>();
        var userName = (request.UserName ?? "").Trim().ToLowerInvariant();
        if (!UserNamePattern().IsMatch(userName))
        {
            problems.Add(Refusal.OnField("username_invalid", "UserName", text["username_rules"]));
        }

        var fullName = (request.FullName ?? "").Trim();
        if (fullName.Length is 0 or > 200)
        {
            problems.Add(Refusal.OnField("name_required", "FullName", text["name_required"]));
        }

        var nip = string.IsNullOrWhiteSpace(request.Nip) ? null : request.Nip.Trim();
        if (nip is not null)
        {
            problems.AddRange(Nip.Check(nip).Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => Refusal.OnField("nip_invalid", "Nip", p.Message)));
        }

        string? email = null;
        if (!string.IsNullOrWhiteSpace(request.Email))
        {
            if (EmailAddress.TryNormalise(request.Email, out var address))
            {
                email = address;
            }
            else
            {
                problems.Add(Refusal.OnField("email_invalid", "Email", text["email_invalid"]));
            }
        }

        if (problems.Count == 0 && nip is not null && await db.Users.AnyAsync(u => u.Nip == nip))
        {
            problems.Add(Refusal.OnField("nip_taken", "Nip", text["nip_taken"], StatusCodes.Status409Conflict));
        }

        if (problems.Count > 0)
        {
            return Refusal.Combine(problems);
        }

        var user = new PamongUser { UserName = userName, FullName = fullName, Kind = AccountKind.Staff, Nip = nip, Email = email, CreatedAt = clock.GetUtcNow() };
        var generated = string.IsNullOrEmpty(request.Password) ? GeneratedPassword.New() : null;
        var created = await users.CreateAsync(user, generated ?? request.Password!);
        if (!created.Succeeded)
        {
            return Refusal.Combine(created.Errors.Select(e =>
                Refusal.OnField(e.Code, e.Code.StartsWith("username", StringComparison.Ordinal) ? "UserName" : "Password", e.Description,
                    e.Code == "username_taken" ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest)));
        }

        return new StaffAccountCreated(user.Id, userName, generated);
    }

    public async Task<Outcome<GrantView>> GrantAsync(string userId, NewGrant request)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId);
        if (user is null)
        {
            return UserNotFound();
        }

        var role = (request.Role ?? "").Trim();
        if (!Roles.All.Contains(role))
        {
            return Refusal.OnField("role_unknown", "Role", text["role_unknown"]);
        }

        var unitCode = request.UnitCode?.Trim();
        var unit = request.UnitId is { } unitId
            ? await db.OrganisationUnits.FirstOrDefaultAsync(u => u.Id == unitId)
            : string.IsNullOrEmpty(unitCode) ? null : await db.OrganisationUnits.FirstOrDefaultAsync(u => u.Code == unitCode);
        if (unit is null)
        {
            return Refusal.OnField("unit_not_found", "UnitId", text["unit_not_found"]);
        }

        if (!RoleUnitRules.Allows(role, unit.Kind))
        {
            return Refusal.OnField("grant_unit_kind_mismatch", "UnitId",
                text["grant_unit_kind_mismatch", text["Role_" + role], string.Join(", ", RoleUnitRules.UnitKindsFor(role).Select(k => text["UnitKind_" + k]))]);
        }

        if (!RoleUnitRules.Allows(role, user.Kind))
        {
            return Refusal.OnField("grant_account_kind_mismatch", "Role", text["grant_account_kind_mismatch"]);
        }

        if (await db.RoleGrants.AnyAsync(g => g.UserId == userId && g.Role == role && g.UnitId == unit.Id))
        {
            return Refusal.OnField("grant_exists", "Role", text["grant_exists"], StatusCodes.Status409Conflict);
        }

        var grant = new RoleGrant { UserId = userId, Role = role, UnitId = unit.Id, GrantedAt = clock.GetUtcNow(), GrantedBy = actor.Name };
        db.RoleGrants.Add(grant);
        await db.SaveChangesAsync();
        return new GrantView(grant.Id, role, unit.Id, unit.Code, unit.Name, unit.Kind.ToString(), grant.GrantedAt, grant.GrantedBy);
    }

    /// <summary>Removes a grant. An administrator cannot remove their own last Admin grant (someone must be able to manage users).</summary>
    public async Task<Outcome<bool>> RevokeAsync(string userId, int grantId, string? reason)
    {
        var grant = await db.RoleGrants.FirstOrDefaultAsync(g => g.Id == grantId && g.UserId == userId);
        if (grant is null)
        {
            return Refusal.OnField("grant_not_found", "", text["grant_not_found"], StatusCodes.Status404NotFound);
        }

        if (userId == actor.Id && grant.Role == Roles.Admin && await db.RoleGrants.CountAsync(g => g.UserId == userId && g.Role == Roles.Admin) == 1)
        {
            return Refusal.OnField("last_admin_grant", "", text["last_admin_grant"], StatusCodes.Status409Conflict);
        }

        actor.GiveReason(reason);
        db.RoleGrants.Remove(grant);
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>Locks the account until an administrator unlocks it; open sessions end at their next check.</summary>
    public async Task<Outcome<bool>> LockAsync(string userId, string? reason)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId);
        if (user is null)
        {
            return UserNotFound();
        }

        if (user.Id == actor.Id)
        {
            return Refusal.OnField("cannot_lock_self", "", text["cannot_lock_self"], StatusCodes.Status409Conflict);
        }

        actor.GiveReason(reason);
        user.LockoutEnabled = true;
        user.LockoutEnd = clock.GetUtcNow().AddYears(100);
        return Done(await users.UpdateSecurityStampAsync(user));
    }

    public async Task<Outcome<bool>> UnlockAsync(string userId, string? reason)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId);
        if (user is null)
        {
            return UserNotFound();
        }

        actor.GiveReason(reason);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        return Done(await users.UpdateAsync(user));
    }

    /// <summary>Turns two-factor sign-in off and forgets the key and recovery codes: the officer enrols again (required roles at next sign-in).</summary>
    public async Task<Outcome<bool>> ResetTwoFactorAsync(string userId, string? reason)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId);
        if (user is null)
        {
            return UserNotFound();
        }

        actor.GiveReason(reason);
        user.TwoFactorEnabled = false;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
        audit.Record("two-factor-reset", nameof(PamongUser), user.Id);
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>Sets a generated password (returned, to be shown once) and ends open sessions.</summary>
    public async Task<Outcome<string>> ResetPasswordAsync(string userId, string? reason)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId);
        if (user is null)
        {
            return UserNotFound();
        }

        actor.GiveReason(reason);
        var password = GeneratedPassword.New();
        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!result.Succeeded)
        {
            return Refusal.Combine(Refusal.FromIdentity(result, ""));
        }

        audit.Record("password-reset", nameof(PamongUser), user.Id);
        await db.SaveChangesAsync();
        return password;
    }

    private Refusal UserNotFound() => Refusal.OnField("user_not_found", "", text["user_not_found"], StatusCodes.Status404NotFound);

    private static Outcome<bool> Done(IdentityResult result) =>
        result.Succeeded ? true : Refusal.Combine(Refusal.FromIdentity(result, ""));

    [GeneratedRegex("^[a-z][a-z0-9._-]{2,63}$")]
    private static partial Regex UserNamePattern();
}
