using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Web;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Documents;

/// <summary>What an administrator sends to change a service's result document template.</summary>
public sealed record ResultTemplateInput(string? Title, string? Body, string? Closing, string? NumberPattern);

/// <summary>A service's template as the API shows it; <c>IsDefault</c> when the service has none of its own yet.</summary>
public sealed record ResultTemplateView(string ServiceCode, string Title, string Body, string Closing, string NumberPattern, bool IsDefault, IReadOnlyList<string> Placeholders);

/// <summary>Reads and saves result document templates (administrators of the catalogue), with the default every service starts from.</summary>
public sealed class ResultTemplates(PublicServicesDb db, AuditActor actor, TimeProvider clock, IStringLocalizer<PublicServicesText> text)
{
    public const string DefaultNumberPattern = "470/{seq}/{unit}/{year}";

    public const string DefaultClosing = "Demikian surat ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.";

    /// <summary>The template a service without its own uses: its product as the title and a body naming the service.</summary>
    public static ResultTemplate DefaultFor(Service service) => new()
    {
        ServiceId = service.Id,
        Title = (service.Product.Length is > 0 and <= 200 ? service.Product : service.Name).ToUpperInvariant(),
        Body = "Yang bertanda tangan di bawah ini menerangkan bahwa penduduk tersebut di bawah ini telah mengajukan permohonan "
            + service.Name + " dengan nomor permohonan {nomor_permohonan}, dan permohonan tersebut telah diperiksa dan disetujui.",
        Closing = DefaultClosing,
        NumberPattern = DefaultNumberPattern,
    };

    public async Task<ResultTemplate> ForAsync(Service service, CancellationToken ct = default) =>
        await db.ResultTemplates.FirstOrDefaultAsync(t => t.ServiceId == service.Id, ct) ?? DefaultFor(service);

    public async Task<ResultTemplateView?> ViewAsync(string serviceCode, CancellationToken ct = default)
    {
        var service = await db.Services.AsNoTracking().FirstOrDefaultAsync(s => s.Code == serviceCode, ct);
        if (service is null)
        {
            return null;
        }

        var own = await db.ResultTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.ServiceId == service.Id, ct);
        var template = own ?? DefaultFor(service);
        return new ResultTemplateView(service.Code, template.Title, template.Body, template.Closing, template.NumberPattern, own is null, LetterPlaceholders.Known);
    }

    public async Task<Outcome<ResultTemplateView>> SaveAsync(string serviceCode, ResultTemplateInput input, CancellationToken ct = default)
    {
        var service = await db.Services.FirstOrDefaultAsync(s => s.Code == serviceCode, ct);
        if (service is null)
        {
            return Refusal.NotFound("service_not_found", text["ServiceNotFound"]);
        }

        var problems = new List<Refusal>();
        var title = Required(input.Title, nameof(input.Title), 200, problems);
        var body = Required(input.Body, nameof(input.Body), 4000, problems);
        var closing = (input.Closing ?? "").Trim();
        if (closing.Length > 1000)
        {
            problems.Add(Refusal.OnField("template_too_long", nameof(input.Closing), text["TemplateTooLong", 1000]));
        }

        var pattern = Required(input.NumberPattern, nameof(input.NumberPattern), 100, problems);
        if (pattern.Length > 0 && !pattern.Contains("{seq}", StringComparison.Ordinal))
        {
            problems.Add(Refusal.OnField("number_pattern_needs_seq", nameof(input.NumberPattern), text["NumberPatternNeedsSeq"]));
        }

        if (problems.Count > 0)
        {
            return Refusal.Combine(problems);
        }

        var template = await db.ResultTemplates.FirstOrDefaultAsync(t => t.ServiceId == service.Id, ct);
        if (template is null)
        {
            template = new ResultTemplate { Id = Guid.NewGuid(), ServiceId = service.Id };
            db.ResultTemplates.Add(template);
        }

        (template.Title, template.Body, template.Closing, template.NumberPattern) = (title, body, closing, pattern);
        template.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        template.UpdatedBy = actor.Name;
        await db.SaveChangesAsync(ct);
        return new ResultTemplateView(service.Code, title, body, closing, pattern, false, LetterPlaceholders.Known);
    }

    private string Required(string? value, string field, int max, List<Refusal> problems)
    {
        var clean = (value ?? "").Trim();
        if (clean.Length == 0)
        {
            problems.Add(Refusal.OnField("template_field_required", field, text["TemplateFieldRequired"]));
        }
        else if (clean.Length > max)
        {
            problems.Add(Refusal.OnField("template_too_long", field, text["TemplateTooLong", max]));
        }

        return clean;
    }
}
