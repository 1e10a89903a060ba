using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture.BusinessProcesses;

/// <summary>The pages /spbe/arsitektur/proses-bisnis/baru and /spbe/arsitektur/proses-bisnis/{id}/ubah.</summary>
[Authorize(Policy = Permissions.ManageSpbe)]
public sealed class BusinessProcessFormModel(BusinessProcessEditor editor, OpdDirectory opd, IStringLocalizer<ArchitectureText> text)
    : RecordFormModel<BusinessProcess, BusinessProcessInput>(editor, opd)
{
    public override string ListHref => "/spbe/arsitektur/proses-bisnis";

    protected override string SavedMessage => text["Saved"];

    protected override string DeletedMessage => text["Deleted"];

    protected override BusinessProcessInput ToInput(BusinessProcess record) => BusinessProcessInput.From(record);
}
