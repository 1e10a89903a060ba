using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Localization;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Risks.Contexts;

/// <summary>
/// The pages /spbe/risiko/konteks/baru and /spbe/risiko/konteks/{id}/ubah (form 2.0): the period, scope,
/// objectives and stakeholders, and which categories are in use with the appetite of each.
/// </summary>
[Authorize(Policy = Permissions.ManageSpbe)]
public sealed class ContextFormModel(RiskContextEditor editor, OpdDirectory opd, TimeProvider clock, IStringLocalizer<RiskText> text)
    : RecordFormModel<RiskContext, RiskContextInput>(editor, opd)
{
    /// <summary>Empty lines for categories of the Pemda's own.</summary>
    public const int ExtraLines = 2;

    public override string ListHref => "/spbe/risiko" + (Id is { } id ? "?konteks=" + id.ToString(CultureInfo.InvariantCulture) : "");

    protected override string SavedMessage => text["Saved"];

    protected override string DeletedMessage => text["Deleted"];

    protected override RiskContextInput ToInput(RiskContext record) => RiskContextInput.From(record);

    protected override void PrepareInput(bool fresh)
    {
        if (fresh)
        {
            Input.Year = clock.WibToday().Year;
        }
    }

    protected override string Destination(RiskContext saved) => "/spbe/risiko?konteks=" + saved.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Every default category gets a line (ticked when in use), then the Pemda's own, then empty lines.</summary>
    protected override Task LoadChoicesAsync(CancellationToken ct)
    {
        var lines = Input.Categories.Where(c => !string.IsNullOrWhiteSpace(c.Name)).ToList();
        foreach (var name in RiskCategories.Default.Where(d => lines.All(l => !string.Equals(l.Name?.Trim(), d, StringComparison.OrdinalIgnoreCase))))
        {
            lines.Add(new CategoryInput { Name = name, Appetite = RiskCategories.DefaultAppetite, Used = false });
        }

        Input.Categories = [.. lines.OrderBy(l => Rank(l.Name)), .. Enumerable.Range(0, ExtraLines).Select(_ => new CategoryInput { Appetite = RiskCategories.DefaultAppetite })];
        return Task.CompletedTask;
    }

    private static int Rank(string? name)
    {
        var index = RiskCategories.Default.ToList().FindIndex(d => string.Equals(d, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        return index < 0 ? RiskCategories.Default.Count : index;
    }
}
