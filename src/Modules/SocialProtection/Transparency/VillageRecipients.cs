using Microsoft.EntityFrameworkCore;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Targeting;

namespace Pamong.SocialProtection.Transparency;

/// <summary>
/// The public list of a village: for every program with an announced run, its recipients in the village masked
/// by the Pemda's <see cref="MaskingRule"/> (never a birth date, phone or address below RT/RW) and the totals.
/// </summary>
public sealed class VillageRecipients(PerlinsosDb db)
{
    public async Task<IReadOnlyList<ProgramRecipients>> ForAsync(string villageCode, CancellationToken ct)
    {
        var mask = await MaskingAsync(ct);
        var programs = await db.Programs.AsNoTracking().OrderBy(p => p.Priority).ThenBy(p => p.Code).ToListAsync(ct);
        var result = new List<ProgramRecipients>();
        foreach (var program in programs)
        {
            var run = await db.TargetingRuns.AsNoTracking().Where(r => r.ProgramId == program.Id && r.Status == RunStatus.Announced)
                .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
            if (run is null)
            {
                continue;
            }

            var rows = await db.TargetingDecisions.AsNoTracking()
                .Where(d => d.RunId == run.Id && d.VillageCode == villageCode && d.Status == DecisionStatus.Selected)
                .OrderBy(d => d.Rw).ThenBy(d => d.Rt).ThenBy(d => d.HeadName)
                .Select(d => new { d.HeadName, d.HeadNik, d.Rt, d.Rw, d.Benefit }).ToListAsync(ct);
            result.Add(new ProgramRecipients(program.Code, program.Name, run.Period, run.AnnouncedAt,
                rows.Select(r => new MaskedRecipient(mask.MaskName(r.HeadName), mask.Mask(r.HeadNik), mask.ShowRtRw ? r.Rt : "", mask.ShowRtRw ? r.Rw : "", r.Benefit)).ToList(),
                rows.Count, rows.Sum(r => r.Benefit)));
        }

        return result;
    }

    public async Task<MaskingRule> MaskingAsync(CancellationToken ct) =>
        await db.MaskingRules.AsNoTracking().FirstOrDefaultAsync(ct) ?? new MaskingRule();
}

public sealed record ProgramRecipients(string Code, string Program, string Period, DateTimeOffset? AnnouncedAt, IReadOnlyList<MaskedRecipient> Recipients, int Count, long TotalPerStage);

public sealed record MaskedRecipient(string Name, string Nik, string Rt, string Rw, long BenefitPerStage);
