using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;

namespace Pamong.PublicServices.Documents;

/// <summary>/layanan/admin/{code}/dokumen: the service's result document template (title, body with placeholders, closing, number pattern).</summary>
[Authorize(Policy = Permissions.ManageServices)]
public sealed class EditResultTemplateModel(ResultTemplates templates, IStringLocalizer<PublicServicesText> text) : AccountPageModel
{
    [BindProperty]
    public ResultTemplateInput Input { get; set; } = new(null, null, null, null);

    public ResultTemplateView Template { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var view = await templates.ViewAsync(code, ct);
        if (view is null)
        {
            return NotFound();
        }

        Template = view;
        Input = new ResultTemplateInput(view.Title, view.Body, view.Closing, view.NumberPattern);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        var outcome = await templates.SaveAsync(code, Input, ct);
        if (outcome.Refusal is { Status: 404 })
        {
            return NotFound();
        }

        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(ModelState, nameof(Input));
            Template = (await templates.ViewAsync(code, ct))!;
            return Page();
        }

        Message = text["TemplateSaved"];
        return RedirectToPage(new { code });
    }
}
