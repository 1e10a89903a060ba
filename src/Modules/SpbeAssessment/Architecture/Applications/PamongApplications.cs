using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Data;
using Pamong.Platform.Localization;
using Pamong.Platform.Modules;
using Pamong.SpbeAssessment.Opd;

namespace Pamong.SpbeAssessment.Architecture.Applications;

/// <summary>
/// Pamong itself in the inventory, without storing it twice: "Pamong — Platform" and one entry per
/// module the Pemda has switched on, read from the <see cref="ModuleCatalog"/> on every request. They are
/// owned by the OPD with code DISKOMINFO (or the Pemda unit), run in the Pemda's data centre, and are
/// shown with the badge "otomatis".
/// </summary>
public sealed class PamongApplications(
    ModuleCatalog modules, PamongDb db, OpdDirectory opd, IHttpContextAccessor http,
    IStringLocalizer<Text> text, IStringLocalizer<ArchitectureText> labels)
{
    public const string OperatorUnitCode = "DISKOMINFO";

    public async Task<IReadOnlyList<ApplicationRow>> ListAsync(CancellationToken ct)
    {
        var options = await opd.OptionsAsync(ct);
        var owner = await opd.ByCodeAsync(OperatorUnitCode, ct) ?? (options.Count > 0 ? options[0] : null);
        var enabled = await modules.EnabledAsync(db, ct);
        var rows = new List<ApplicationRow> { Row(ApplicationKey.Platform, labels["PamongPlatform"], labels["PamongPlatformPurpose"], "/", owner) };
        foreach (var module in modules.All.Where(m => enabled.Contains(m.Id)))
        {
            var purpose = labels["PamongModulePurpose_" + module.Id];
            var page = module.Menu.Count > 0 ? module.Menu[0].Href : module.PagePrefixes.Count > 0 ? module.PagePrefixes[0] : null;
            rows.Add(Row(ApplicationKey.ForModule(module.Id).Pamong!, "Pamong — " + text[module.NameKey], purpose.ResourceNotFound ? labels["PamongModulePurpose"] : purpose, page, owner));
        }

        return rows;
    }

    private ApplicationRow Row(string key, string name, string purpose, string? page, Pamong.Platform.Organisations.OrganisationUnit? owner)
    {
        var request = http.HttpContext?.Request;
        var url = request is null || page is null ? null : $"{request.Scheme}://{request.Host}{page}";
        return new ApplicationRow(key, null, true, name, owner?.Id, owner?.Name, purpose, ApplicationUsers.Both, Hosting.PemdaDataCentre, url,
            ApplicationStatus.Operational, SecurityCategory.High, ApplicationBuilder.Pamong, []);
    }
}
