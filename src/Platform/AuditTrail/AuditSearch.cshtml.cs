using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Tenancy;
using Pamong.Platform.Web;

namespace Pamong.Platform.AuditTrail;

[Authorize(Policy = Permissions.ReadAudit)]
public sealed class AuditSearchModel(SearchAuditTrail search, ExportAuditTrail export, PamongDb db, TimeProvider clock,
    IStringLocalizer<AuditText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "")]
    public AuditFilter Filter { get; set; } = new();

    /// <summary>The page of results ("page" in the query string; read from the query only, Razor Pages route by "page").</summary>
    public int? PageNumber { get; private set; }

    public IReadOnlyDictionary<string, string> Problems { get; private set; } = new Dictionary<string, string>();

    public Paged<AuditRecord>? Found { get; private set; }

    public string? ExportProblem { get; private set; }

    /// <summary>Subject names for the subject field's suggestions: every audited entity.</summary>
    public IEnumerable<string> Subjects => db.Model.GetEntityTypes()
        .Where(e => !e.ClrType.IsDefined(typeof(NotAuditedAttribute), false) && e.ClrType.Namespace?.StartsWith("Pamong", StringComparison.Ordinal) == true)
        .Select(e => e.ClrType.Name).Distinct().Order(StringComparer.Ordinal);

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        PageNumber = page;
        Problems = Filter.Validate();
        if (Problems.Count == 0)
        {
            Found = await search.RunAsync(Filter, PageNumber, Paging.DefaultSize, ct);
            if (Found.Items.Count == 0 && Found.Total > 0)
            {
                // A link to a page past the end (the list got shorter): show the last page.
                PageNumber = Found.PageCount;
                Found = await search.RunAsync(Filter, PageNumber, Paging.DefaultSize, ct);
            }
        }
    }

    public async Task<IActionResult> OnGetCsvAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        PageNumber = page;
        Problems = Filter.Validate();
        if (Problems.Count == 0)
        {
            var (csv, count) = await export.RunAsync(Filter, ct);
            if (csv is not null)
            {
                var name = $"jejak-audit-{db.TenantId}-{clock.GetUtcNow():yyyyMMdd-HHmm}.csv";
                return File(csv, "text/csv; charset=utf-8", name);
            }

            ExportProblem = string.Format(System.Globalization.CultureInfo.CurrentCulture, text["ExportTooLarge"],
                Localization.IndonesianFormat.Number(count), Localization.IndonesianFormat.Number(ExportAuditTrail.MaxRows));
            Found = await search.RunAsync(Filter, PageNumber, Paging.DefaultSize, ct);
        }

        return Page();
    }

    /// <summary>A link to this list with the current filter and another page number (or the CSV handler).</summary>
    public string Link(int? page = null, string? handler = null)
    {
        var query = Filter.Values().Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToList();
        if (page is > 1)
        {
            query.Add(new("page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (handler is not null)
        {
            query.Add(new("handler", handler));
        }

        return "/audit" + QueryString.Create(query);
    }
}
