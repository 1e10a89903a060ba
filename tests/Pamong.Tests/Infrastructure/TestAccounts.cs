using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Accounts;
using Pamong.Platform.Tenancy;

namespace Pamong.Tests.Infrastructure;

/// <summary>Accounts a test makes for itself (so that locking or changing them never disturbs the demo accounts).</summary>
public static class TestAccounts
{
    public const string Password = "Kopi-Tubruk-Pagi-Hari";

    private static int _serial = Random.Shared.Next(1000, 5000);

    public static string UniqueName(string prefix = "uji") => prefix + Guid.NewGuid().ToString("N")[..8];

    /// <summary>A staff account holding <paramref name="role"/> at the unit with <paramref name="unitCode"/>; returns its id.</summary>
    public static async Task<string> CreateStaffAsync(
        this PamongApp app, string userName, string role, string unitCode, string tenant = "banyuwangi", string password = Password, string? authenticatorKey = null)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PamongUser>>();
        var db = scope.ServiceProvider.GetRequiredService<Pamong.Platform.Data.PamongDb>();
        var user = new PamongUser { UserName = userName, FullName = "Pegawai " + userName, Kind = AccountKind.Staff, CreatedAt = app.Clock.GetUtcNow() };
        Check(await users.CreateAsync(user, password));
        if (authenticatorKey is not null)
        {
            Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", authenticatorKey));
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        var unit = await db.OrganisationUnits.SingleAsync(u => u.Code == unitCode);
        db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = role, UnitId = unit.Id, GrantedAt = app.Clock.GetUtcNow(), GrantedBy = "test" });
        await db.SaveChangesAsync();
        return user.Id;
    }

    public static Task<string> UserIdAsync(this PamongApp app, string userName, string tenant = "banyuwangi") =>
        app.WithDb(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync(), tenant);

    /// <summary>A structurally valid NIK issued in Kecamatan Glagah (35.10.15) that no other test uses.</summary>
    public static string NewNik() =>
        "351015" + "0101" + "90" + Interlocked.Increment(ref _serial).ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>A valid family card number (issued 1 March 2015).</summary>
    public static string NewKk() =>
        "351015" + "010315" + Interlocked.Increment(ref _serial).ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>An Indonesian mobile number no other test uses, as typed ("0812…") and as stored ("+62812…").</summary>
    public static (string Typed, string Stored) NewPhone()
    {
        var digits = Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        return ("0812-" + digits[..4] + "-" + digits[4..], "+62812" + digits);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code + ": " + e.Description)));
        }
    }
}
