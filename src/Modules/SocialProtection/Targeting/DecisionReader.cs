using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Regions;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Targeting;

/// <summary>Reads a run's decisions with their explanation; desa and kecamatan officers see their own area only.</summary>
public sealed class DecisionReader(PerlinsosDb db, DecisionExplainer explainer, RegionDirectory regions)
{
    public async Task<Paged<DecisionView>> ListAsync(int runId, ClaimsPrincipal user, string? village, DecisionStatus? status, int? page, int? size, CancellationToken ct)
    {
        var (number, pageSize) = Paging.Clamp(page, size);
        var query = db.TargetingDecisions.AsNoTracking().Where(d => d.RunId == runId)
            .Where(OfficerArea.For(user, Permissions.ReadPerlinsos).Filter<TargetingDecision>(d => d.VillageCode));
        if (!string.IsNullOrWhiteSpace(village))
        {
            query = query.Where(d => d.VillageCode == village);
        }

        if (status is { } wanted)
        {
            query = query.Where(d => d.Status == wanted);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(d => d.VillageCode).ThenBy(d => d.Rank ?? int.MaxValue).ThenBy(d => d.KkNumber)
            .Skip((number - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var names = await ProgramNamesAsync(ct);
        var program = await ProgramOfRunAsync(runId, ct);
        return new Paged<DecisionView>(rows.Select(d => View(d, program, names)).ToList(), number, pageSize, total);
    }

    public async Task<DecisionView?> OneAsync(int runId, int householdId, ClaimsPrincipal user, CancellationToken ct)
    {
        var decision = await db.TargetingDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.RunId == runId && d.HouseholdId == householdId, ct);
        if (decision is null || !OfficerArea.For(user, Permissions.ReadPerlinsos).Covers(decision.VillageCode))
        {
            return null;
        }

        return View(decision, await ProgramOfRunAsync(runId, ct), await ProgramNamesAsync(ct));
    }

    public DecisionView View(TargetingDecision d, string programName, IReadOnlyDictionary<string, string> programNames)
    {
        var village = regions.Tree.Find(d.VillageCode)?.Name ?? d.VillageCode;
        return new DecisionView(d.HouseholdId, d.KkNumber, d.HeadName, d.VillageCode, village, d.Rt, d.Rw, d.Status.ToString(), d.Rank, d.Benefit,
            d.Outcomes, explainer.Explain(d.Status, d.Outcomes, programName, village, programNames), d.ChangedBy);
    }

    public async Task<Dictionary<string, string>> ProgramNamesAsync(CancellationToken ct) =>
        await db.Programs.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name, ct);

    private async Task<string> ProgramOfRunAsync(int runId, CancellationToken ct) =>
        await (from r in db.TargetingRuns join p in db.Programs on r.ProgramId equals p.Id where r.Id == runId select p.Name).FirstOrDefaultAsync(ct) ?? "";
}

/// <summary>A decision as pages and the API show it: the household, the status, the rank, every rule's outcome, and the explanation in words.</summary>
public sealed record DecisionView(int HouseholdId, string KkNumber, string HeadName, string VillageCode, string Village, string Rt, string Rw,
    string Status, int? Rank, long Benefit, IReadOnlyList<RuleOutcome> Outcomes, string Explanation, string? ChangedBy);
