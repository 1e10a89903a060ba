using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Demo;

/// <summary>A demo account for every role of the demo Pemda, all with the same printed password.</summary>
public sealed class DemoAccounts(IOptions<DemoOptions> options) : IStartupStep
{
    public const string Password = "Pamong-Demo-2026";

    /// <summary>The demo administrator's authenticator key (two-factor sign-in is required for administrators).</summary>
    public const string AdminAuthenticatorKey = "PAMONGDEMOADMINKEY234567";

    public static readonly (string UserName, string FullName, string Role, string UnitCode, AccountKind Kind)[] All =
    [
        ("admin", "Admin Diskominfo", Roles.Admin, "DISKOMINFO", AccountKind.Staff),
        ("pimpinan", "Sekretaris Daerah", Roles.Pimpinan, "PEMDA", AccountKind.Staff),
        ("opd", "Operator Dinas Sosial", Roles.OpdOperator, "DINSOS", AccountKind.Staff),
        ("kecamatan", "Operator Kecamatan Glagah", Roles.KecamatanOperator, "35.10.15", AccountKind.Staff),
        ("desa", "Operator Desa Kemiren", Roles.DesaOperator, "35.10.15.2004", AccountKind.Staff),
        ("pendamping", "Pendamping PKH Glagah", Roles.Pendamping, "35.10.15", AccountKind.Staff),
        ("inspektur", "Inspektur Pembantu", Roles.Inspektur, "INSPEKTORAT", AccountKind.Staff),
        ("warga", "Siti Rahayu", Roles.Warga, "35.10.15.2004", AccountKind.Citizen),
    ];

    public int Order => 40;

    public static bool IsDemoAccount(string? userName) => All.Any(a => a.UserName == userName);

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(DemoTenant.Id);
        var db = scope.ServiceProvider.GetRequiredService<PamongDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PamongUser>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var (userName, fullName, role, unitCode, kind) in All)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var user = new PamongUser
            {
                UserName = userName,
                FullName = fullName,
                Kind = kind,
                Email = $"{userName}@demo.pamong.local",
                EmailConfirmed = true,
                Nip = kind == AccountKind.Staff ? "198507172010011003" : null,
                Nik = kind == AccountKind.Citizen ? "3510155705900001" : null,
                CreatedAt = now,
            };
            // The printed demo password would fail the password policy (it names the product): set it directly.
            user.PasswordHash = users.PasswordHasher.HashPassword(user, Password);
            Check(await users.CreateAsync(user));
            if (role == Roles.Admin)
            {
                Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", AdminAuthenticatorKey));
                Check(await users.SetTwoFactorEnabledAsync(user, true));
            }

            var unit = await db.OrganisationUnits.SingleAsync(u => u.Code == unitCode, ct);
            db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = role, UnitId = unit.Id, GrantedAt = now, GrantedBy = "demo" });
            await db.SaveChangesAsync(ct);
        }

        DemoBanner.Lines.Add(" Demo sign-ins (password for all: " + Password + "):");
        DemoBanner.Lines.Add("   " + string.Join(", ", All.Select(a => a.UserName)));
        DemoBanner.Lines.Add("   admin uses two-factor sign-in: in demo mode the sign-in page shows the current code.");
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo account: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>Lines the host prints at start-up, after the URL.</summary>
public static class DemoBanner
{
    public static readonly List<string> Lines = [];
}
