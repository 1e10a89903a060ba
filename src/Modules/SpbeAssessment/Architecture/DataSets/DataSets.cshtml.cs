using Microsoft.AspNetCore.Authorization;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture.DataSets;

/// <summary>/spbe/arsitektur/data.</summary>
[Authorize(Policy = Permissions.ReadSpbe)]
public sealed class DataSetsModel(ArchitectureRegisters registers, OpdDirectory opd, IAuthorizationService authorization)
    : RegisterListModel<DataSetRow>(opd, authorization)
{
    protected override async Task<IReadOnlyList<DataSetRow>> FindAsync(CancellationToken ct) =>
        ArchitectureSearch.Filter(await registers.DataSetsAsync(ct), Q, UnitId, d => d.Name, d => d.OwnerUnitId);
}
