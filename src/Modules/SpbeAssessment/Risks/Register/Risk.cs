using System.Globalization;
using System.Text.Json.Serialization;
using Pamong.Platform.Tenancy;
using Pamong.SpbeAssessment.Risks.Treatments;

namespace Pamong.SpbeAssessment.Risks.Register;

/// <summary>
/// An SPBE risk in a context's register (form 3.0): what may happen, why, what it would do and to which
/// area, who owns it, and how likely and how severe it is (levels 1–5). Its magnitude, band and whether it
/// must be treated are not stored: they follow from the Pemda's matrix and the context's appetite
/// (see <see cref="RiskEvaluation"/>), so a localised matrix changes them at once.
/// </summary>
public sealed class Risk : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int ContextId { get; set; }

    /// <summary>Numbered from 1 within the context; shown as "R-01".</summary>
    public int Number { get; set; }

    public string Category { get; set; } = "";
    public RiskKind Kind { get; set; }

    /// <summary>The risk event (kejadian), e.g. "Layanan pusat data terhenti lebih dari 4 jam".</summary>
    public string Event { get; set; } = "";

    public string? Cause { get; set; }
    public string? ImpactDescription { get; set; }
    public ImpactArea ImpactArea { get; set; }
    public int OwnerUnitId { get; set; }
    public int Likelihood { get; set; }
    public int Impact { get; set; }
    public List<Treatment> Treatments { get; set; } = [];

    public string Code => Format(Number);

    public static string Format(int number) => "R-" + number.ToString("00", CultureInfo.InvariantCulture);
}

/// <summary>A threat (negative) or an opportunity (positive).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RiskKind>))]
public enum RiskKind
{
    Negative,
    Positive,
}

/// <summary>The impact areas of PermenPANRB 5/2020.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImpactArea>))]
public enum ImpactArea
{
    Financial,
    Reputation,
    Performance,
    OrganisationalService,
    IctOperationsAndAssets,
    LegalAndRegulatory,
    HumanResources,
}
