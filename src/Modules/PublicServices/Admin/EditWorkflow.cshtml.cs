using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Admin;

/// <summary>
/// /layanan/admin/{code}/alur: the workflow steps and form fields as editable tables (no code, no JavaScript);
/// saving makes a new version, and the version history is listed below.
/// </summary>
[Authorize(Policy = Permissions.ManageServices)]
public sealed partial class EditWorkflowModel(WorkflowEditor workflows, ServiceReader reader, OpdUnits opd, IStringLocalizer<PublicServicesText> text) : PageModel
{
    private const int BlankSteps = 2;
    private const int BlankFields = 3;

    [GeneratedRegex(@"^(Steps|Fields)\[(\d+)\]")]
    private static partial Regex RowKey();

    [BindProperty]
    public List<StepRow> Steps { get; set; } = [];

    [BindProperty]
    public List<FieldRow> Fields { get; set; } = [];

    [BindProperty]
    public string? Note { get; set; }

    [TempData]
    public string? Message { get; set; }

    public ServiceReader.Found Found { get; private set; } = null!;
    public IReadOnlyList<WorkflowVersion> History { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Units { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        if (Found.Current is { } current)
        {
            var input = WorkflowInput.From(current);
            Steps = [.. input.Steps.Select((s, i) => StepRow.From(s, i + 1))];
            Fields = [.. input.Fields.Select((f, i) => FieldRow.From(f, i + 1))];
        }

        AddBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        // Rows kept, in the order the officer numbered them; remember where each came from for the messages.
        var steps = Steps.Select((row, index) => (row, index)).Where(x => !x.row.Remove && !x.row.IsBlank)
            .OrderBy(x => x.row.Order ?? int.MaxValue).ThenBy(x => x.index).ToList();
        var fields = Fields.Select((row, index) => (row, index)).Where(x => !x.row.Remove && !x.row.IsBlank)
            .OrderBy(x => x.row.Order ?? int.MaxValue).ThenBy(x => x.index).ToList();
        var input = new WorkflowInput { Note = Note, Steps = [.. steps.Select(x => x.row.ToInput())], Fields = [.. fields.Select(x => x.row.ToInput())] };
        var outcome = await workflows.SaveAsync(code, input, ActorName.Of(User), ct);
        if (outcome.Refusal is { } refusal)
        {
            foreach (var (key, messages) in refusal.Errors)
            {
                var mapped = RowKey().Replace(key, m => m.Groups[1].Value == "Steps"
                    ? $"Steps[{steps[int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)].index}]"
                    : $"Fields[{fields[int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)].index}]")
                    .Replace(".MaxBytes", "." + nameof(FieldRow.MaxKilobytes), StringComparison.Ordinal);
                foreach (var message in messages)
                {
                    ModelState.AddModelError(mapped, message);
                }
            }

            if (refusal.Errors.Count == 0)
            {
                ModelState.AddModelError("", refusal.Detail);
            }

            return Page();
        }

        Message = text["VersionSaved", outcome.Value!.Number];
        return Redirect($"/layanan/admin/{code}/alur");
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (await reader.FindAsync(code, includeUnpublished: true, ct) is not { } found)
        {
            return false;
        }

        Found = found;
        History = await workflows.HistoryAsync(found.Service.Id, ct);
        Units = await opd.NamesAsync(ct);
        return true;
    }

    private void AddBlankRows()
    {
        for (var i = 0; i < BlankSteps; i++)
        {
            Steps.Add(new StepRow { Order = Steps.Count + 1 });
        }

        for (var i = 0; i < BlankFields; i++)
        {
            Fields.Add(new FieldRow { Order = Fields.Count + 1 });
        }
    }
}
