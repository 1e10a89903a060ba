using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Data;
using Pamong.Platform.Localization;
using Pamong.Platform.Modules;
using Pamong.Platform.Organisations;

namespace Pamong.SpbeAssessment.PlatformEvidence;

/// <summary>Reads the live figures of <see cref="EvidenceSources"/> from the platform (read-only).</summary>
public sealed class PlatformFigures(PamongDb platform, ModuleCatalog modules, EndpointDataSource endpoints,
    IStringLocalizer<SpbeText> text, IStringLocalizer<Text> platformText)
{
    public async Task<IReadOnlyList<PlatformFigure>> ForAsync(string instrumentId, string code, CancellationToken ct)
    {
        var figures = new List<PlatformFigure>();
        foreach (var source in EvidenceSources.For(instrumentId, code))
        {
            figures.Add(source switch
            {
                EvidenceSources.Modules => await ModulesAsync(ct),
                EvidenceSources.AuditTrail => await AuditTrailAsync(ct),
                EvidenceSources.Data => await DataAsync(ct),
                EvidenceSources.Staff => await StaffAsync(ct),
                EvidenceSources.Api => Api(),
                EvidenceSources.Complaints => await ModuleAsync(source, EvidenceSources.PublicServicesModule, "/layanan/pengaduan", ct),
                EvidenceSources.OnlineServices => await ModuleAsync(source, EvidenceSources.PublicServicesModule, "/layanan", ct),
                _ => await ModuleAsync(source, EvidenceSources.OfficeModule, "/naskah", ct),
            });
        }

        return figures;
    }

    private async Task<PlatformFigure> ModulesAsync(CancellationToken ct)
    {
        var enabled = await modules.EnabledAsync(platform, ct);
        var facts = modules.All.Select(m => new PlatformFact(platformText[m.NameKey], enabled.Contains(m.Id) ? text["ModuleOn"] : text["ModuleOff"])).ToList();
        return new PlatformFigure(EvidenceSources.Modules, text["SourceModules"], true, facts, [new(text["SourceModulesLink"], "/admin/modul")]);
    }

    private async Task<PlatformFigure> AuditTrailAsync(CancellationToken ct)
    {
        var count = await platform.AuditRecords.LongCountAsync(ct);
        var first = await platform.AuditRecords.OrderBy(r => r.Sequence).Select(r => (DateTime?)r.OccurredAt).FirstOrDefaultAsync(ct);
        var last = await platform.AuditRecords.OrderByDescending(r => r.Sequence).Select(r => (DateTime?)r.OccurredAt).FirstOrDefaultAsync(ct);
        var facts = new List<PlatformFact> { new(text["AuditRecords"], IndonesianFormat.Number(count)) };
        if (first is { } from && last is { } to)
        {
            facts.Add(new(text["AuditSpan"], $"{IndonesianFormat.DateTime(from, IndonesianFormat.Wib)} – {IndonesianFormat.DateTime(to, IndonesianFormat.Wib)}"));
        }

        return new PlatformFigure(EvidenceSources.AuditTrail, text["SourceAuditTrail"], true, facts,
            [new(text["AuditTrailLink"], "/audit"), new(text["AuditVerifyLink"], "/audit/verifikasi")], text["AuditVerifyNote"]);
    }

    private async Task<PlatformFigure> DataAsync(CancellationToken ct)
    {
        var region = await platform.Tenants.Where(t => t.Id == platform.TenantId).Select(t => t.RegionCode).FirstOrDefaultAsync(ct) ?? "";
        var prefix = region + ".";
        var regions = region.Length == 0 ? 0 : await platform.Regions.CountAsync(r => r.Code.StartsWith(prefix), ct);
        var citizens = await platform.Citizens.LongCountAsync(ct);
        var units = await platform.OrganisationUnits.CountAsync(ct);
        return new PlatformFigure(EvidenceSources.Data, text["SourceData"], true,
            [
                new(text["DataRegions"], IndonesianFormat.Number(regions)),
                new(text["DataCitizens"], IndonesianFormat.Number(citizens)),
                new(text["DataUnits"], IndonesianFormat.Number(units)),
            ],
            [new(text["DataRegionsLink"], "/wilayah/" + region), new(text["DataCitizensLink"], "/penduduk"), new(text["DataUnitsLink"], "/organisasi")]);
    }

    private async Task<PlatformFigure> StaffAsync(CancellationToken ct)
    {
        var opd = await platform.OrganisationUnits.CountAsync(u => u.Kind == UnitKind.Opd && u.Active, ct);
        var positions = await platform.Positions.CountAsync(ct);
        var staff = await platform.StaffMembers.CountAsync(ct);
        return new PlatformFigure(EvidenceSources.Staff, text["SourceStaff"], true,
            [
                new(text["StaffOpd"], IndonesianFormat.Number(opd)),
                new(text["StaffPositions"], IndonesianFormat.Number(positions)),
                new(text["StaffMembers"], IndonesianFormat.Number(staff)),
            ],
            [new(text["DataUnitsLink"], "/organisasi")]);
    }

    private PlatformFigure Api()
    {
        var routes = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Count(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true);
        return new PlatformFigure(EvidenceSources.Api, text["SourceApi"], true, [new(text["ApiEndpoints"], IndonesianFormat.Number(routes))],
            [new(text["ApiLink"], "/api"), new(text["OpenApiLink"], "/openapi/v1.json")]);
    }

    private async Task<PlatformFigure> ModuleAsync(string source, string moduleId, string href, CancellationToken ct)
    {
        var title = text["Source_" + source];
        if (modules.Find(moduleId) is null)
        {
            return new PlatformFigure(source, title, false, [], [], text["ModuleNotAvailable"]);
        }

        var on = await modules.IsEnabledAsync(platform, moduleId, ct);
        return new PlatformFigure(source, title, on, [new(text["ModuleState"], on ? text["ModuleOn"] : text["ModuleOff"])],
            on ? [new(title, href)] : [new(text["SourceModulesLink"], "/admin/modul")]);
    }
}
