using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.People;
using Pamong.Platform.People.Citizens;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.DataQuality;

/// <summary>
/// Findings for the desa/kecamatan responsible: only those in the officer's area, filtered by kind, status and
/// village, with masked numbers in lists; the evidence in full on the detail (the officer verifies with it).
/// </summary>
public sealed class FindingQueue(PerlinsosDb db, TenantVillages villages, PersonalDataMask mask, IStringLocalizer<PerlinsosText> text)
{
    public IQueryable<DataQualityFinding> Visible(ClaimsPrincipal user, string permission = Permissions.ReadPerlinsos) =>
        db.Findings.AsNoTracking().Where(OfficerArea.For(user, permission).Filter<DataQualityFinding>(f => f.VillageCode));

    public async Task<Paged<FindingRow>> FindAsync(ClaimsPrincipal user, string? kind, string? status, string? village, int? page, int? pageSize, CancellationToken ct)
    {
        var (number, size) = Paging.Clamp(page, pageSize);
        var findings = Visible(user).Where(f => f.Current);
        if (Enum.TryParse<FindingKind>(kind, true, out var k))
        {
            findings = findings.Where(f => f.Kind == k);
        }

        var s = Enum.TryParse<FindingStatus>(status, true, out var parsed) ? parsed : (FindingStatus?)null;
        if (s is { } st)
        {
            findings = findings.Where(f => f.Status == st);
        }

        if (!string.IsNullOrWhiteSpace(village))
        {
            var code = village.Trim();
            findings = findings.Where(f => f.VillageCode == code || f.VillageCode.StartsWith(code + "."));
        }

        var total = await findings.CountAsync(ct);
        var found = await findings.OrderBy(f => f.Status).ThenBy(f => f.Kind).ThenBy(f => f.VillageCode).ThenBy(f => f.Id)
            .Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var names = await villages.NamesAsync(found.Select(f => f.VillageCode), ct);
        return new Paged<FindingRow>(found.Select(f => new FindingRow(f.Id, f.Kind.ToString(), f.Status.ToString(), f.Nik is null ? null : mask.Number(f.Nik),
            f.KkNumber is null ? null : mask.Number(f.KkNumber), f.VillageCode, names.GetValueOrDefault(f.VillageCode)?.Label ?? f.VillageCode, f.Current,
            f.FirstFoundAt)).ToList(), number, size, total);
    }

    public async Task<Outcome<FindingRecord>> ReadAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var f = await Visible(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (f is null)
        {
            return Refusal.NotFound("finding_not_found", text["FindingNotFound"]);
        }

        var village = (await villages.NamesAsync([f.VillageCode], ct)).GetValueOrDefault(f.VillageCode);
        return new FindingRecord(f.Id, f.Key, f.Kind.ToString(), f.Status.ToString(), f.Nik, f.KkNumber, f.VillageCode, village?.Label ?? f.VillageCode,
            f.Evidence, f.Current, f.FirstFoundAt, f.LastFoundAt, f.Resolution, f.ResolvedBy, f.ResolvedAt, f.Reason);
    }

    /// <summary>Per village in the area: open findings by kind, open and resolved totals (current findings only).</summary>
    public async Task<IReadOnlyList<VillageQuality>> DashboardAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var counts = await Visible(user).Where(f => f.Current).GroupBy(f => new { f.VillageCode, f.Kind, f.Status })
            .Select(g => new { g.Key.VillageCode, g.Key.Kind, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var names = await villages.NamesAsync(counts.Select(c => c.VillageCode), ct);
        return counts.GroupBy(c => c.VillageCode).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new VillageQuality(
            g.Key, names.GetValueOrDefault(g.Key)?.Label ?? g.Key,
            g.Where(c => c.Status == FindingStatus.Open).GroupBy(c => c.Kind).ToDictionary(k => k.Key.ToString(), k => k.Sum(c => c.Count)),
            g.Where(c => c.Status == FindingStatus.Open).Sum(c => c.Count), g.Where(c => c.Status != FindingStatus.Open).Sum(c => c.Count))).ToList();
    }
}
