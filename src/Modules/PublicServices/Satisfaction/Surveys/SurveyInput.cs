namespace Pamong.PublicServices.Satisfaction.Surveys;

/// <summary>
/// A filled questionnaire, from the page or the API: the 9 answers (1–4) in the regulation's order and the
/// optional profile. <c>POST /api/v1/applications/{number}/survey</c> takes it as JSON.
/// </summary>
public sealed class SurveyInput
{
    public IReadOnlyList<int>? Answers { get; set; }
    public string? AgeBand { get; set; }
    public string? Sex { get; set; }
    public string? Education { get; set; }
    public string? Occupation { get; set; }
    public string? Suggestion { get; set; }
}
