using Microsoft.EntityFrameworkCore;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.DataQuality;

namespace Pamong.SocialProtection.Targeting;

/// <summary>
/// The data-quality check "a household in two programs that exclude each other": a recipient in the latest
/// announced runs of two programs of which either names the other as exclusive (this happens when the later
/// program was announced first, or through an usul or an upheld appeal).
/// </summary>
public sealed class ExclusiveProgramsCheck(PerlinsosDb db) : IQualityCheck
{
    public async Task RunAsync(ICollection<FindingDraft> findings, CancellationToken ct)
    {
        var programs = await db.Programs.AsNoTracking().ToListAsync(ct);
        var recipients = new Dictionary<string, (int RunId, Dictionary<int, (string Kk, string Village)> Households)>();
        foreach (var program in programs)
        {
            var run = await db.TargetingRuns.AsNoTracking().Where(r => r.ProgramId == program.Id && r.Status == RunStatus.Announced)
                .OrderByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
            if (run is { } id)
            {
                var households = await db.TargetingDecisions.AsNoTracking().Where(d => d.RunId == id && d.Status == DecisionStatus.Selected)
                    .Select(d => new { d.HouseholdId, d.KkNumber, d.VillageCode }).ToListAsync(ct);
                recipients[program.Code] = (id, households.ToDictionary(h => h.HouseholdId, h => (h.KkNumber, h.VillageCode)));
            }
        }

        var pairs = programs.SelectMany(a => programs.Where(b => string.CompareOrdinal(a.Code, b.Code) < 0 && (a.ExclusiveWith.Contains(b.Code) || b.ExclusiveWith.Contains(a.Code)))
            .Select(b => (A: a.Code, B: b.Code)));
        foreach (var (a, b) in pairs)
        {
            if (!recipients.TryGetValue(a, out var first) || !recipients.TryGetValue(b, out var second))
            {
                continue;
            }

            foreach (var (household, (kk, village)) in first.Households.Where(h => second.Households.ContainsKey(h.Key)).OrderBy(h => h.Key))
            {
                findings.Add(FindingDraft.Of(FindingKind.ExclusiveProgramsOverlap, $"{kk}:{a}+{b}", null, kk, village, new
                {
                    kk,
                    householdId = household,
                    programs = new[] { a, b },
                    runs = new[] { first.RunId, second.RunId },
                }));
            }
        }
    }
}
