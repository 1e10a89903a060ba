using Microsoft.Extensions.Localization;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Architecture.Applications;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture.Integrations;

/// <summary>Adds, changes and deletes integrations; both ends must be applications of the inventory, and different.</summary>
public sealed class IntegrationEditor(SpbeDb db, ApplicationCatalog applications, IStringLocalizer<ArchitectureText> text)
    : RecordEditor<Integration, IntegrationInput>(db)
{
    protected override string Code => "integration";

    protected override string NotFoundMessage => text["IntegrationNotFound"];

    protected override string InvalidMessage => text["CheckFields"];

    protected override async Task CheckAsync(IntegrationInput input, Integration record, FieldErrors errors, CancellationToken ct)
    {
        var from = await EndAsync(input.From, nameof(input.From), errors, ct);
        var to = await EndAsync(input.To, nameof(input.To), errors, ct);
        if (from is not null && from == to)
        {
            errors.Add(nameof(input.To), text["IntegrationSameEnds"]);
        }

        if (string.IsNullOrWhiteSpace(input.DataExchanged))
        {
            errors.Add(nameof(input.DataExchanged), text["DataExchangedRequired"]);
        }

        ArchitectureChecks.Length(input.DataExchanged, nameof(input.DataExchanged), 500, text, errors);
        ArchitectureChecks.Required<IntegrationMethod>(input.Method, nameof(input.Method), text, errors);
        ArchitectureChecks.Required<IntegrationStatus>(input.Status, nameof(input.Status), text, errors);
    }

    protected override void Apply(IntegrationInput input, Integration i)
    {
        i.From = ApplicationKey.Parse(input.From)!.Value;
        i.To = ApplicationKey.Parse(input.To)!.Value;
        i.DataExchanged = input.DataExchanged!.Trim();
        i.Method = Choice.Parse<IntegrationMethod>(input.Method)!.Value;
        i.Status = Choice.Parse<IntegrationStatus>(input.Status)!.Value;
    }

    private async Task<ApplicationKey?> EndAsync(string? value, string field, FieldErrors errors, CancellationToken ct)
    {
        if (ApplicationKey.Parse(value) is { } key && await applications.FindAsync(key, ct) is not null)
        {
            return key;
        }

        errors.Add(field, text["ApplicationUnknown"]);
        return null;
    }
}
