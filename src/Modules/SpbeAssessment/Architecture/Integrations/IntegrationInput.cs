namespace Pamong.SpbeAssessment.Architecture.Integrations;

/// <summary>What an officer enters for an integration; the ends are application keys ("12", "pamong", "pamong.spbe").</summary>
public sealed class IntegrationInput
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? DataExchanged { get; set; }

    /// <summary>Api, Splp, File or Manual.</summary>
    public string? Method { get; set; }

    /// <summary>Planned, Active or Stopped.</summary>
    public string? Status { get; set; }

    public static IntegrationInput Of(Integration i) => new()
    {
        From = i.From.ToString(),
        To = i.To.ToString(),
        DataExchanged = i.DataExchanged,
        Method = i.Method.ToString(),
        Status = i.Status.ToString(),
    };
}
