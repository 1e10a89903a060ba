using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Records;
using Pamong.SpbeAssessment.Risks.Matrix;

namespace Pamong.SpbeAssessment.Risks.Contexts;

/// <summary>
/// Adds, changes and deletes risk contexts. At least one category is in use; each appetite is a magnitude
/// of 1–25; a category still used by a risk cannot be dropped; a context with risks cannot be deleted.
/// </summary>
public sealed class RiskContextEditor(SpbeDb db, IStringLocalizer<RiskText> text) : RecordEditor<RiskContext, RiskContextInput>(db)
{
    protected override string Code => "risk_context";

    protected override string NotFoundMessage => text["ContextNotFound"];

    protected override string InvalidMessage => text["CheckFields"];

    protected override IQueryable<RiskContext> Query() => Db.RiskContexts.Include(c => c.Categories);

    protected override async Task CheckAsync(RiskContextInput input, RiskContext record, FieldErrors errors, CancellationToken ct)
    {
        if (input.Year is not (>= 2018 and <= 2100))
        {
            errors.Add(nameof(input.Year), text["YearInvalid"]);
        }

        RiskChecks.Text(input.Name, nameof(input.Name), 200, required: true, text, errors);
        RiskChecks.Text(input.Scope, nameof(input.Scope), 2000, required: false, text, errors);
        RiskChecks.Text(input.Objectives, nameof(input.Objectives), 2000, required: false, text, errors);
        RiskChecks.Text(input.Stakeholders, nameof(input.Stakeholders), 2000, required: false, text, errors);

        var used = Used(input);
        if (used.Count == 0)
        {
            errors.Add(nameof(input.Categories), text["CategoryRequired"]);
        }

        for (var i = 0; i < input.Categories.Count; i++)
        {
            var line = input.Categories[i];
            if (!line.Used || string.IsNullOrWhiteSpace(line.Name))
            {
                continue;
            }

            var field = string.Create(CultureInfo.InvariantCulture, $"Categories[{i}]");
            if (line.Name.Trim().Length > 100)
            {
                errors.Add(field + ".Name", text["TooLong", 100]);
            }

            if (line.Appetite is not (>= 1 and <= RiskMatrix.MaxMagnitude))
            {
                errors.Add(field + ".Appetite", text["AppetiteInvalid", line.Name.Trim()]);
            }
        }

        if (used.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != used.Count)
        {
            errors.Add(nameof(input.Categories), text["CategoryTwice"]);
        }

        if (record.Id != 0)
        {
            var names = used.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var inUse = await Db.Risks.Where(r => r.ContextId == record.Id).Select(r => r.Category).Distinct().ToListAsync(ct);
            foreach (var missing in inUse.Where(c => !names.Contains(c)))
            {
                errors.Add(nameof(input.Categories), text["CategoryStillUsed", missing]);
            }
        }
    }

    protected override void Apply(RiskContextInput input, RiskContext c)
    {
        c.Year = input.Year!.Value;
        c.Name = input.Name!.Trim();
        c.Scope = Choice.Text(input.Scope);
        c.Objectives = Choice.Text(input.Objectives);
        c.Stakeholders = Choice.Text(input.Stakeholders);
        var used = Used(input);
        c.Categories.RemoveAll(a => used.All(u => !string.Equals(u.Name, a.Category, StringComparison.OrdinalIgnoreCase)));
        foreach (var (name, appetite) in used)
        {
            var existing = c.Categories.FirstOrDefault(a => string.Equals(a.Category, name, StringComparison.OrdinalIgnoreCase));
            if (existing is null)
            {
                c.Categories.Add(new RiskAppetite { Category = name, Appetite = appetite });
            }
            else
            {
                (existing.Category, existing.Appetite) = (name, appetite);
            }
        }
    }

    protected override async Task<Refusal?> DeleteRefusalAsync(RiskContext record, CancellationToken ct) =>
        await Db.Risks.AnyAsync(r => r.ContextId == record.Id, ct) ? Refusal.Conflict("risk_context_not_empty", text["ContextNotEmpty"]) : null;

    private static List<(string Name, int Appetite)> Used(RiskContextInput input) =>
        input.Categories.Where(c => c.Used && !string.IsNullOrWhiteSpace(c.Name)).Select(c => (c.Name!.Trim(), c.Appetite ?? 0)).ToList();
}
