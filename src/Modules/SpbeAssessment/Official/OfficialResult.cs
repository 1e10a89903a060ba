using System.Text.Json.Serialization;
using Pamong.Platform.Tenancy;

namespace Pamong.SpbeAssessment.Official;

/// <summary>
/// The result KemenPAN-RB published for a period: the index and predicate, and whatever detail was published
/// (indicator levels, or only aspect or domain values).
/// </summary>
public sealed class OfficialResult : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int PeriodId { get; set; }
    public decimal Index { get; set; }
    public string Predicate { get; set; } = "";

    /// <summary>Where it was published, e.g. the letter number of the evaluation result.</summary>
    public string? Source { get; set; }

    public string? Note { get; set; }
    public string EnteredBy { get; set; } = "";
    public DateTime EnteredAt { get; set; }
    public List<OfficialValue> Values { get; set; } = [];
}

/// <summary>One published figure: an indicator's level or an aspect's or domain's value.</summary>
public sealed class OfficialValue : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";
    public int OfficialResultId { get; set; }
    public ValueScope Scope { get; set; }
    public string Code { get; set; } = "";
    public decimal Value { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<ValueScope>))]
public enum ValueScope
{
    Indicator,
    Aspect,
    Domain,
}
