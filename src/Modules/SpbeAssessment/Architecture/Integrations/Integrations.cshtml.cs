using Microsoft.AspNetCore.Authorization;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture.Integrations;

/// <summary>/spbe/arsitektur/integrasi: the integrations between applications; the OPD filter keeps those touching the OPD's applications.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class IntegrationsModel(IntegrationList list, Applications.ApplicationCatalog catalog, OpdDirectory opd, IAuthorizationService authorization)
    : RegisterListModel<IntegrationRow>(opd, authorization)
{
    protected override async Task<IReadOnlyList<IntegrationRow>> FindAsync(CancellationToken ct)
    {
        var owned = (await catalog.AllAsync(ct)).Where(a => UnitId is null || a.OwnerUnitId == UnitId).Select(a => a.Key).ToHashSet();
        return ArchitectureSearch.Filter(await list.AllAsync(ct), Q, null, i => i.FromName + " " + i.ToName + " " + i.DataExchanged, _ => null)
            .Where(i => owned.Contains(i.From) || owned.Contains(i.To)).ToList();
    }
}
