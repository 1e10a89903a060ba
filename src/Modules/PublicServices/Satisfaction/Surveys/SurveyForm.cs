namespace Pamong.PublicServices.Satisfaction.Surveys;

/// <summary>The questionnaire as the page posts it: one radio group per element (U1…U9) and the optional profile.</summary>
public sealed class SurveyForm
{
    public int?[] Answers { get; set; } = new int?[Ikm.Elements];
    public string? AgeBand { get; set; }
    public string? Sex { get; set; }
    public string? Education { get; set; }
    public string? Occupation { get; set; }
    public string? Suggestion { get; set; }

    public SurveyInput ToInput() => new()
    {
        // A radio group left empty is simply missing from the post: its answer is 0, which the check names.
        Answers = Enumerable.Range(0, Ikm.Elements).Select(i => i < Answers.Length ? Answers[i] ?? 0 : 0).ToList(),
        AgeBand = AgeBand,
        Sex = Sex,
        Education = Education,
        Occupation = Occupation,
        Suggestion = Suggestion,
    };
}
