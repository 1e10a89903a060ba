using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture.Applications;

/// <summary>Adds, changes and deletes stored applications; one still named by an integration cannot be deleted.</summary>
public sealed class ApplicationEditor(SpbeDb db, OpdDirectory opd, IStringLocalizer<ArchitectureText> text)
    : RecordEditor<Application, ApplicationInput>(db)
{
    protected override string Code => "application";

    protected override string NotFoundMessage => text["ApplicationNotFound"];

    protected override string InvalidMessage => text["CheckFields"];

    protected override IQueryable<Application> Query() => Db.Applications.Include(a => a.DataSets);

    protected override async Task CheckAsync(ApplicationInput input, Application record, FieldErrors errors, CancellationToken ct)
    {
        await ArchitectureChecks.NameAndOwnerAsync(input.Name, input.OwnerUnitId, opd, text, errors, ct);
        ArchitectureChecks.Length(input.Purpose, nameof(input.Purpose), 2000, text, errors);
        ArchitectureChecks.Required<ApplicationUsers>(input.Users, nameof(input.Users), text, errors);
        ArchitectureChecks.Required<Hosting>(input.Hosting, nameof(input.Hosting), text, errors);
        ArchitectureChecks.Required<ApplicationStatus>(input.Status, nameof(input.Status), text, errors);
        ArchitectureChecks.Required<SecurityCategory>(input.Security, nameof(input.Security), text, errors);
        ArchitectureChecks.Required<ApplicationBuilder>(input.BuiltBy, nameof(input.BuiltBy), text, errors);
        if (Choice.Text(input.Url) is { } url && (url.Length > 500 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.Add(nameof(input.Url), text["UrlInvalid"]);
        }

        var wanted = input.DataSetIds.Distinct().ToList();
        var known = await Db.DataSets.Where(d => wanted.Contains(d.Id)).CountAsync(ct);
        if (known != wanted.Count)
        {
            errors.Add(nameof(input.DataSetIds), text["DataSetUnknown"]);
        }
    }

    protected override void Apply(ApplicationInput input, Application a)
    {
        a.Name = input.Name!.Trim();
        a.OwnerUnitId = input.OwnerUnitId!.Value;
        a.Purpose = Choice.Text(input.Purpose);
        a.Users = Choice.Parse<ApplicationUsers>(input.Users)!.Value;
        a.Hosting = Choice.Parse<Hosting>(input.Hosting)!.Value;
        a.Url = Choice.Text(input.Url);
        a.Status = Choice.Parse<ApplicationStatus>(input.Status)!.Value;
        a.Security = Choice.Parse<SecurityCategory>(input.Security)!.Value;
        a.BuiltBy = Choice.Parse<ApplicationBuilder>(input.BuiltBy)!.Value;
        var wanted = input.DataSetIds.Distinct().ToHashSet();
        a.DataSets.RemoveAll(d => !wanted.Contains(d.DataSetId));
        foreach (var id in wanted.Where(id => a.DataSets.All(d => d.DataSetId != id)))
        {
            a.DataSets.Add(new ApplicationDataSet { DataSetId = id });
        }
    }

    protected override async Task<Refusal?> DeleteRefusalAsync(Application record, CancellationToken ct) =>
        await Db.Integrations.AnyAsync(i => i.FromApplicationId == record.Id || i.ToApplicationId == record.Id, ct)
            ? Refusal.Conflict("application_in_use", text["ApplicationInUse"])
            : null;
}
