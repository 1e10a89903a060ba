using Microsoft.AspNetCore.Authorization;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture.BusinessProcesses;

/// <summary>/spbe/arsitektur/proses-bisnis.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class BusinessProcessesModel(ArchitectureRegisters registers, OpdDirectory opd, IAuthorizationService authorization)
    : RegisterListModel<BusinessProcessRow>(opd, authorization)
{
    protected override async Task<IReadOnlyList<BusinessProcessRow>> FindAsync(CancellationToken ct) =>
        ArchitectureSearch.Filter(await registers.BusinessProcessesAsync(ct), Q, UnitId, p => p.Name, p => p.OwnerUnitId);
}
