using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture.DataSets;

/// <summary>Adds, changes and deletes data sets; deleting one also unlinks it from the applications that used it.</summary>
public sealed class DataSetEditor(SpbeDb db, OpdDirectory opd, IStringLocalizer<ArchitectureText> text)
    : RecordEditor<DataSet, DataSetInput>(db)
{
    protected override string Code => "data_set";

    protected override string NotFoundMessage => text["DataSetNotFound"];

    protected override string InvalidMessage => text["CheckFields"];

    protected override async Task CheckAsync(DataSetInput input, DataSet record, FieldErrors errors, CancellationToken ct)
    {
        await ArchitectureChecks.NameAndOwnerAsync(input.Name, input.OwnerUnitId, opd, text, errors, ct);
        ArchitectureChecks.Required<DataClassification>(input.Classification, nameof(input.Classification), text, errors);
        ArchitectureChecks.Required<UpdateFrequency>(input.UpdateFrequency, nameof(input.UpdateFrequency), text, errors);
        ArchitectureChecks.Length(input.Format, nameof(input.Format), 100, text, errors);
        ArchitectureChecks.Length(input.Description, nameof(input.Description), 2000, text, errors);
    }

    protected override void Apply(DataSetInput input, DataSet d)
    {
        d.Name = input.Name!.Trim();
        d.OwnerUnitId = input.OwnerUnitId!.Value;
        d.Classification = Choice.Parse<DataClassification>(input.Classification)!.Value;
        d.PersonalData = input.PersonalData;
        d.Format = Choice.Text(input.Format);
        d.UpdateFrequency = Choice.Parse<UpdateFrequency>(input.UpdateFrequency)!.Value;
        d.Description = Choice.Text(input.Description);
    }

    protected override async Task BeforeDeleteAsync(DataSet record, CancellationToken ct) =>
        Db.ApplicationDataSets.RemoveRange(await Db.ApplicationDataSets.Where(l => l.DataSetId == record.Id).ToListAsync(ct));
}
