using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture.DataSets;

/// <summary>The pages /spbe/arsitektur/data/baru and /spbe/arsitektur/data/{id}/ubah.</summary>
[Authorize(Policy = Permissions.ManageSpbe)]
public sealed class DataSetFormModel(DataSetEditor editor, OpdDirectory opd, IStringLocalizer<ArchitectureText> text)
    : RecordFormModel<DataSet, DataSetInput>(editor, opd)
{
    public override string ListHref => "/spbe/arsitektur/data";

    protected override string SavedMessage => text["Saved"];

    protected override string DeletedMessage => text["Deleted"];

    protected override DataSetInput ToInput(DataSet record) => DataSetInput.From(record);
}
