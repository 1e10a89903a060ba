using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Architecture.DataSets;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture.Applications;

/// <summary>The pages /spbe/arsitektur/aplikasi/baru and /spbe/arsitektur/aplikasi/{id}/ubah.</summary>
[Authorize(Policy = Permissions.ManageSpbe)]
public sealed class ApplicationFormModel(ApplicationEditor editor, OpdDirectory opd, ArchitectureRegisters registers, IStringLocalizer<ArchitectureText> text)
    : RecordFormModel<Application, ApplicationInput>(editor, opd)
{
    public IReadOnlyList<DataSetRow> DataSetOptions { get; private set; } = [];

    public override string ListHref => "/spbe/arsitektur/aplikasi";

    protected override string SavedMessage => text["Saved"];

    protected override string DeletedMessage => text["Deleted"];

    protected override ApplicationInput ToInput(Application record) => ApplicationInput.From(record);

    protected override async Task LoadChoicesAsync(CancellationToken ct) => DataSetOptions = await registers.DataSetsAsync(ct);
}
