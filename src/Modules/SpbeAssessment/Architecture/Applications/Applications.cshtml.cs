using Microsoft.AspNetCore.Authorization;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture.Applications;

/// <summary>/spbe/arsitektur/aplikasi: every application, Pamong's own marked "otomatis".</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class ApplicationsModel(ApplicationCatalog catalog, OpdDirectory opd, IAuthorizationService authorization)
    : RegisterListModel<ApplicationRow>(opd, authorization)
{
    protected override Task<IReadOnlyList<ApplicationRow>> FindAsync(CancellationToken ct) => catalog.SearchAsync(Q, UnitId, null, ct);
}
