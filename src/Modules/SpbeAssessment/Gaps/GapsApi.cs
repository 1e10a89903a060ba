using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Index;
using Pamong.SpbeAssessment.Instruments;
using Pamong.SpbeAssessment.Periods;
using Pamong.SpbeAssessment.Summary;

namespace Pamong.SpbeAssessment.Gaps;

/// <summary>/api/v1/spbe/periods/{year}/gaps and /simulate: which indicators to raise first, and what-if.</summary>
public static class GapsApi
{
    public sealed record NextLevel(int Level, string? Name, string? Requirement);

    public sealed record GapRow(string Code, string Name, string Aspect, string Domain, double Weight, int Current, int? Target,
        decimal GainPerLevel, decimal GainToTarget, NextLevel Next, int EvidenceCount);

    public sealed record GapsResponse(int Year, string Order, int Missing, IReadOnlyList<GapRow> Indicators);

    public sealed record SimulationResponse(double Index, string Predicate, IReadOnlyList<IndexApi.ValueDto> Domains, IReadOnlyList<IndexApi.ValueDto> Aspects,
        IndexApi.IndexResponse? Current);

    public static void MapGapsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/spbe/periods/{year:int}").WithTags("SPBE");

        api.MapGet("/gaps", async (int year, string? order, PeriodLookup lookup, PeriodSummaries summaries, CancellationToken ct) =>
            {
                var found = await lookup.FindAsync(year, ct);
                if (found.Refusal is { } refusal)
                {
                    return refusal.ToProblem();
                }

                var summary = (await summaries.ForYearAsync(year, ct))!;
                var byTarget = string.Equals(order, "target", StringComparison.OrdinalIgnoreCase);
                var rows = Rank(found.Value.Instrument, summary, byTarget);
                return Results.Ok(new GapsResponse(year, byTarget ? "target" : "gainPerLevel", summary.Progress.Missing, rows.Select(r => new GapRow(
                    r.Indicator.Code, r.Indicator.Name, r.AspectCode, r.DomainCode, (double)r.Indicator.Weight, r.Current, r.Target, r.GainPerLevel, r.GainToTarget,
                    new NextLevel(r.Next.Level, r.Next.Name, r.Next.Requirement), summary.Indicator(r.Indicator.Code)?.EvidenceCount ?? 0)).ToList()));
            })
            .RequireAuthorization(Permissions.ReadSpbe)
            .WithName("GetSpbeGaps")
            .WithSummary("Indicators below level 5 ranked by index gain per level raised (share of the index = weight/100), then by gain to the target level (weight × gap / 100); ?order=target ranks by gain to target first. Each with the next level's requirement.");

        api.MapPost("/simulate", async (int year, JsonElement body, PeriodLookup lookup, PeriodSummaries summaries, CancellationToken ct) =>
            {
                var found = await lookup.FindAsync(year, ct);
                if (found.Refusal is { } refusal)
                {
                    return refusal.ToProblem();
                }

                if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("levels", out var levels) || levels.ValueKind != JsonValueKind.Object)
                {
                    return Problems.Invalid("request_invalid", "Kirim {\"levels\":{\"kode\": tingkat, ...}}.");
                }

                var chosen = new Dictionary<string, int>(StringComparer.Ordinal);
                var problems = new Dictionary<string, string[]>();
                foreach (var level in levels.EnumerateObject())
                {
                    if (level.Value.ValueKind == JsonValueKind.Number && level.Value.TryGetInt32(out var value))
                    {
                        chosen[level.Name] = value;
                    }
                    else
                    {
                        problems[level.Name] = [$"Tingkat indikator {level.Name} harus bilangan bulat 1 sampai 5."];
                    }
                }

                int? fillMissing = null;
                if (body.TryGetProperty("fillMissing", out var fill) && fill.ValueKind != JsonValueKind.Null)
                {
                    if (fill.ValueKind == JsonValueKind.Number && fill.TryGetInt32(out var fillLevel))
                    {
                        fillMissing = fillLevel;
                    }
                    else
                    {
                        problems["fillMissing"] = ["Tingkat untuk indikator yang belum diisi harus bilangan bulat 1 sampai 5."];
                    }
                }

                var summary = (await summaries.ForYearAsync(year, ct))!;
                var outcome = Simulation.Run(found.Value.Instrument, Current(summary), chosen, fillMissing);
                foreach (var problem in outcome.Problems)
                {
                    problems[problem.Code] = [problem.Message];
                }

                if (problems.Count > 0)
                {
                    return Problems.Invalid("index_input_invalid", "Masukan tidak valid untuk kode: " + string.Join(", ", problems.Keys) + ".", problems);
                }

                var simulated = Response(outcome.Simulated!);
                return Results.Ok(new SimulationResponse(simulated.Index, simulated.Predicate, simulated.Domains, simulated.Aspects,
                    outcome.Current is { } current ? Response(current) : null));
            })
            .RequireAuthorization(Permissions.ReadSpbe)
            .WithName("SimulateSpbeIndex")
            .WithSummary("What-if: {\"levels\":{\"12\":4,\"21\":4}} on top of the period's levels (\"fillMissing\": a level for indicators not filled yet) → the index in the shape of POST /api/v1/spbe/index, plus \"current\" (null while the period is incomplete). Nothing is stored.");
    }

    internal static IReadOnlyDictionary<string, int> Current(PeriodSummary summary) =>
        summary.Indicators.Where(i => i.FinalLevel is not null).ToDictionary(i => i.Code, i => i.FinalLevel!.Value);

    internal static IReadOnlyList<GapAnalysis.Row> Rank(Instrument instrument, PeriodSummary summary, bool byTarget) =>
        GapAnalysis.Rank(instrument, Current(summary), summary.Target?.Levels ?? new Dictionary<string, int>(),
            byTarget ? GapAnalysis.Order.GainToTarget : GapAnalysis.Order.GainPerLevel);

    internal static IndexApi.IndexResponse Response(SpbeIndex.Result result) => new(
        (double)result.Published, result.Predicate,
        result.Domains.Select(d => new IndexApi.ValueDto(d.Code, (double)d.Published)).ToList(),
        result.Aspects.Select(a => new IndexApi.ValueDto(a.Code, (double)a.Published)).ToList());
}
