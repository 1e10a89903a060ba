using Microsoft.EntityFrameworkCore;
using Pamong.SocialProtection.Appeals;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Programs;
using Pamong.SocialProtection.Proposals;

namespace Pamong.SocialProtection.Targeting;

/// <summary>What a run takes from outside the registry: the decisions of people, and the recipients of exclusive programs that come first.</summary>
public sealed class SelectionInputs(PerlinsosDb db)
{
    /// <summary>Accepted usul and sanggah and upheld appeals of the program; the latest decision per household wins.</summary>
    public async Task<Dictionary<int, SelectionOverride>> OverridesAsync(int programId, CancellationToken ct)
    {
        var proposals = await db.Proposals.AsNoTracking()
            .Where(p => p.ProgramId == programId && p.Status == ProposalStatus.Accepted)
            .Select(p => new { p.HouseholdId, p.Kind, p.Id, p.DecidedAt }).ToListAsync(ct);
        var runs = db.TargetingRuns.Where(r => r.ProgramId == programId).Select(r => r.Id);
        var appeals = await db.Appeals.AsNoTracking()
            .Where(a => a.Status == AppealStatus.Upheld && runs.Contains(a.RunId))
            .Select(a => new { a.HouseholdId, a.Id, a.DecidedAt }).ToListAsync(ct);
        return proposals.Select(p => (p.HouseholdId, p.DecidedAt, Override: p.Kind == ProposalKind.Usul
                ? new SelectionOverride(p.HouseholdId, true, Rules.Usul, "U-" + p.Id)
                : new SelectionOverride(p.HouseholdId, false, Rules.Sanggah, "U-" + p.Id)))
            .Concat(appeals.Select(a => (a.HouseholdId, a.DecidedAt, Override: new SelectionOverride(a.HouseholdId, true, Rules.Appeal, "A-" + a.Id))))
            .GroupBy(x => x.HouseholdId)
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.DecidedAt).Last().Override);
    }

    /// <summary>
    /// Households selected in the latest announced run of every program exclusive with this one (either side may
    /// name the other) that comes earlier in the priority order (lower priority number; the older program on a tie).
    /// </summary>
    public async Task<Dictionary<int, string>> TakenByAsync(AidProgram program, string period, CancellationToken ct)
    {
        var others = await db.Programs.AsNoTracking().Where(p => p.Id != program.Id).ToListAsync(ct);
        var first = others.Where(o => (o.ExclusiveWith.Contains(program.Code) || program.ExclusiveWith.Contains(o.Code))
            && (o.Priority < program.Priority || (o.Priority == program.Priority && o.Id < program.Id)))
            .OrderBy(o => o.Priority).ThenBy(o => o.Id).ToList();
        var taken = new Dictionary<int, string>();
        foreach (var other in first)
        {
            var run = await db.TargetingRuns.AsNoTracking()
                .Where(r => r.ProgramId == other.Id && r.Status == RunStatus.Announced)
                .OrderByDescending(r => r.Period == period).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
            if (run is null)
            {
                continue;
            }

            var households = await db.TargetingDecisions.AsNoTracking()
                .Where(d => d.RunId == run.Id && d.Status == DecisionStatus.Selected).Select(d => d.HouseholdId).ToListAsync(ct);
            foreach (var household in households)
            {
                taken.TryAdd(household, other.Code);
            }
        }

        return taken;
    }
}
