using Microsoft.Extensions.Localization;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture.BusinessProcesses;

public sealed class BusinessProcessEditor(SpbeDb db, OpdDirectory opd, IStringLocalizer<ArchitectureText> text)
    : RecordEditor<BusinessProcess, BusinessProcessInput>(db)
{
    protected override string Code => "business_process";

    protected override string NotFoundMessage => text["BusinessProcessNotFound"];

    protected override string InvalidMessage => text["CheckFields"];

    protected override async Task CheckAsync(BusinessProcessInput input, BusinessProcess record, FieldErrors errors, CancellationToken ct)
    {
        await ArchitectureChecks.NameAndOwnerAsync(input.Name, input.OwnerUnitId, opd, text, errors, ct);
        ArchitectureChecks.Length(input.Description, nameof(input.Description), 2000, text, errors);
        ArchitectureChecks.Length(input.RelatedServices, nameof(input.RelatedServices), 1000, text, errors);
    }

    protected override void Apply(BusinessProcessInput input, BusinessProcess p)
    {
        p.Name = input.Name!.Trim();
        p.OwnerUnitId = input.OwnerUnitId!.Value;
        p.Description = Choice.Text(input.Description);
        p.RelatedServices = Choice.Text(input.RelatedServices);
    }
}
