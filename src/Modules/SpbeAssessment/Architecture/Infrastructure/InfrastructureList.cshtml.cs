using Microsoft.AspNetCore.Authorization;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture.Infrastructure;

/// <summary>/spbe/arsitektur/infrastruktur.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class InfrastructureListModel(ArchitectureRegisters registers, OpdDirectory opd, IAuthorizationService authorization)
    : RegisterListModel<InfrastructureRow>(opd, authorization)
{
    protected override async Task<IReadOnlyList<InfrastructureRow>> FindAsync(CancellationToken ct) =>
        ArchitectureSearch.Filter(await registers.InfrastructureAsync(ct), Q, UnitId, i => i.Name, i => i.OwnerUnitId);
}
