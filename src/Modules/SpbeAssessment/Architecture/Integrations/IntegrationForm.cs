using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.SpbeAssessment.Architecture.Applications;
using Pamong.SpbeAssessment.Opd;
using Pamong.SpbeAssessment.Records;

namespace Pamong.SpbeAssessment.Architecture.Integrations;

/// <summary>The pages /spbe/arsitektur/integrasi/baru and /spbe/arsitektur/integrasi/{id}/ubah.</summary>
[Authorize(Policy = Permissions.ManageSpbe)]
public sealed class IntegrationFormModel(IntegrationEditor editor, OpdDirectory opd, ApplicationCatalog catalog, IStringLocalizer<ArchitectureText> text)
    : RecordFormModel<Integration, IntegrationInput>(editor, opd)
{
    public IReadOnlyList<ApplicationRow> ApplicationOptions { get; private set; } = [];

    public override string ListHref => "/spbe/arsitektur/integrasi";

    protected override string SavedMessage => text["Saved"];

    protected override string DeletedMessage => text["Deleted"];

    protected override IntegrationInput ToInput(Integration record) => IntegrationInput.Of(record);

    protected override async Task LoadChoicesAsync(CancellationToken ct) => ApplicationOptions = await catalog.AllAsync(ct);
}
