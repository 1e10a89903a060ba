using Pamong.Platform.Tenancy;

namespace Pamong.PublicServices.Satisfaction.Surveys;

/// <summary>
/// One citizen's answers to the IKM questionnaire (PermenPANRB 14/2017) about one completed application:
/// at most one per application. Stored with the unit that handled the application, so the index can be
/// published per unit, service and period without reading the applications again.
/// </summary>
public sealed class SurveyResponse : ITenantOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TenantId { get; set; } = "";
    public Guid ApplicationId { get; set; }
    public Guid ServiceId { get; set; }

    /// <summary>The handling unit: the service's OPD code, or the kecamatan's or village's region code.</summary>
    public string UnitCode { get; set; } = "";

    /// <summary>The applicant's village (35.10.15.2004), for kecamatan and desa summaries.</summary>
    public string VillageCode { get; set; } = "";

    public SurveyChannel Channel { get; set; }

    /// <summary>The officer who typed in a paper questionnaire (assisted channel); null when the citizen filled it.</summary>
    public string? EnteredByUserId { get; set; }

    /// <summary>Answers 1–4 to the 9 elements, in the regulation's order (U1 Persyaratan … U9 Sarana dan Prasarana).</summary>
    public int U1 { get; set; }
    public int U2 { get; set; }
    public int U3 { get; set; }
    public int U4 { get; set; }
    public int U5 { get; set; }
    public int U6 { get; set; }
    public int U7 { get; set; }
    public int U8 { get; set; }
    public int U9 { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The day of <see cref="At"/> in WIB: what periods are selected by.</summary>
    public DateOnly Day { get; set; }

    // The questionnaire's optional respondent profile (codes from RespondentProfile).
    public string? AgeBand { get; set; }
    public string? Sex { get; set; }
    public string? Education { get; set; }
    public string? Occupation { get; set; }

    /// <summary>Suggestions (saran), free text; never published.</summary>
    public string? Suggestion { get; set; }

    public IReadOnlyList<int> Answers => [U1, U2, U3, U4, U5, U6, U7, U8, U9];

    public void SetAnswers(IReadOnlyList<int> answers) =>
        (U1, U2, U3, U4, U5, U6, U7, U8, U9) = (answers[0], answers[1], answers[2], answers[3], answers[4], answers[5], answers[6], answers[7], answers[8]);
}

public enum SurveyChannel
{
    /// <summary>The citizen filled it in, signed in.</summary>
    Online,

    /// <summary>An officer typed in the citizen's paper questionnaire at the counter.</summary>
    Paper,
}
