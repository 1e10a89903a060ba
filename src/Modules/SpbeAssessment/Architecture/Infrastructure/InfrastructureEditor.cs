using Microsoft.Extensions.Localization;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture.Infrastructure;

public sealed class InfrastructureEditor(SpbeDb db, OpdDirectory opd, IStringLocalizer<ArchitectureText> text)
    : RecordEditor<InfrastructureItem, InfrastructureInput>(db)
{
    protected override string Code => "infrastructure";

    protected override string NotFoundMessage => text["InfrastructureNotFound"];

    protected override string InvalidMessage => text["CheckFields"];

    protected override async Task CheckAsync(InfrastructureInput input, InfrastructureItem record, FieldErrors errors, CancellationToken ct)
    {
        ArchitectureChecks.Required<InfrastructureKind>(input.Kind, nameof(input.Kind), text, errors);
        await ArchitectureChecks.NameAndOwnerAsync(input.Name, input.OwnerUnitId, opd, text, errors, ct, ownerRequired: false);
        ArchitectureChecks.Length(input.Location, nameof(input.Location), 300, text, errors);
        ArchitectureChecks.Length(input.Notes, nameof(input.Notes), 2000, text, errors);
    }

    protected override void Apply(InfrastructureInput input, InfrastructureItem i)
    {
        i.Kind = Choice.Parse<InfrastructureKind>(input.Kind)!.Value;
        i.Name = input.Name!.Trim();
        i.Location = Choice.Text(input.Location);
        i.Notes = Choice.Text(input.Notes);
        i.OwnerUnitId = input.OwnerUnitId;
    }
}
