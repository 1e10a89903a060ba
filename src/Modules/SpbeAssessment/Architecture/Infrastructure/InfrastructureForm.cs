using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture.Infrastructure;

/// <summary>The pages /spbe/arsitektur/infrastruktur/baru and /spbe/arsitektur/infrastruktur/{id}/ubah.</summary>
[Authorize(Policy = Permissions.ManageSpbe)]
public sealed class InfrastructureFormModel(InfrastructureEditor editor, OpdDirectory opd, IStringLocalizer<ArchitectureText> text)
    : RecordFormModel<InfrastructureItem, InfrastructureInput>(editor, opd)
{
    public override string ListHref => "/spbe/arsitektur/infrastruktur";

    protected override string SavedMessage => text["Saved"];

    protected override string DeletedMessage => text["Deleted"];

    protected override InfrastructureInput ToInput(InfrastructureItem record) => InfrastructureInput.From(record);
}
