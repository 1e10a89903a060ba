using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.Platform.Web;

namespace Pamong.Platform.Accounts.Users;

/// <summary>A search of the Pemda's accounts: by name, user name or NIP; by role; by unit (code or name).</summary>
public sealed record UserQuery(string? Q = null, string? Role = null, string? Unit = null, string? Sort = null, int? Page = null, int? PageSize = null);

public sealed record GrantView(int Id, string Role, int UnitId, string UnitCode, string UnitName, string UnitKind, DateTimeOffset GrantedAt, string? GrantedBy);

public sealed record UserSummary(
    string Id, string UserName, string FullName, string Kind, string? Nip, string? Email, bool Locked, bool TwoFactorEnabled, IReadOnlyList<GrantView> Grants);

public sealed record UserDetails(
    string Id, string UserName, string FullName, string Kind, string? Nip, string? NikMasked, string? Email, string? PhoneNumber,
    DateTimeOffset CreatedAt, bool Locked, DateTimeOffset? LockedUntil, int FailedSignIns, bool TwoFactorEnabled, IReadOnlyList<GrantView> Grants);

/// <summary>Reads accounts for user administration (pages and API); always inside the current Pemda.</summary>
public sealed class UserDirectory(PamongDb db, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Sorts = ["name", "-name", "username", "-username"];

#pragma warning disable CA1304, CA1311, CA1862 // ToLower() is translated to SQL lower(); no .NET culture is involved.
    public async Task<Paged<UserSummary>> SearchAsync(UserQuery query)
    {
        var (page, size) = Paging.Clamp(query.Page, query.PageSize);
        var users = db.Users.AsNoTracking();
        if (query.Q?.Trim() is { Length: > 0 } q)
        {
            var lower = q.ToLowerInvariant();
            var upper = q.ToUpperInvariant();
            users = users.Where(u => u.FullName.ToLower().Contains(lower) || u.NormalizedUserName!.Contains(upper) || (u.Nip != null && u.Nip.Contains(q)));
        }

        if (query.Role?.Trim() is { Length: > 0 } role)
        {
            users = users.Where(u => db.RoleGrants.Any(g => g.UserId == u.Id && g.Role == role));
        }

        if (query.Unit?.Trim() is { Length: > 0 } unit)
        {
            var lowerUnit = unit.ToLowerInvariant();
            users = users.Where(u => db.RoleGrants.Any(g => g.UserId == u.Id && (g.Unit!.Code == unit || g.Unit.Name.ToLower().Contains(lowerUnit))));
        }

        users = query.Sort switch
        {
            "-name" => users.OrderByDescending(u => u.FullName).ThenBy(u => u.UserName),
            "username" => users.OrderBy(u => u.UserName),
            "-username" => users.OrderByDescending(u => u.UserName),
            _ => users.OrderBy(u => u.FullName).ThenBy(u => u.UserName),
        };
        var total = await users.CountAsync();
        var rows = await users.Skip((page - 1) * size).Take(size).ToListAsync();
        var grants = await GrantsAsync(rows.Select(u => u.Id).ToList());
        var now = clock.GetUtcNow();
        var items = rows.Select(u => new UserSummary(u.Id, u.UserName ?? "", u.FullName, u.Kind.ToString(), u.Nip, u.Email,
            u.LockoutEnd > now, u.TwoFactorEnabled, grants.GetValueOrDefault(u.Id, []))).ToList();
        return new Paged<UserSummary>(items, page, size, total);
    }
#pragma warning restore CA1304, CA1311, CA1862

    /// <summary>One account of the current Pemda, or null (also for an account of another Pemda).</summary>
    public async Task<UserDetails?> FindAsync(string id)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
        if (user is null)
        {
            return null;
        }

        var grants = await GrantsAsync([id]);
        var now = clock.GetUtcNow();
        var masked = People.Nik.TryParse(user.Nik, LocalDate.Today(clock), out var nik) ? nik.Masked() : user.Nik;
        return new UserDetails(user.Id, user.UserName ?? "", user.FullName, user.Kind.ToString(), user.Nip, masked, user.Email, user.PhoneNumber,
            user.CreatedAt, user.LockoutEnd > now, user.LockoutEnd > now ? user.LockoutEnd : null, user.AccessFailedCount, user.TwoFactorEnabled,
            grants.GetValueOrDefault(id, []));
    }

    private async Task<Dictionary<string, List<GrantView>>> GrantsAsync(List<string> userIds)
    {
        var grants = await db.RoleGrants.AsNoTracking().Where(g => userIds.Contains(g.UserId))
            .OrderBy(g => g.Id)
            .Select(g => new { g.Id, g.UserId, g.Role, g.UnitId, g.Unit!.Code, g.Unit.Name, g.Unit.Kind, g.GrantedAt, g.GrantedBy })
            .ToListAsync();
        return grants.GroupBy(g => g.UserId).ToDictionary(g => g.Key, g => g
            .Select(x => new GrantView(x.Id, x.Role, x.UnitId, x.Code, x.Name, x.Kind.ToString(), x.GrantedAt, x.GrantedBy)).ToList());
    }
}
