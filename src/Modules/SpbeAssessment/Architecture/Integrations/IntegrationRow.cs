namespace Pamong.SpbeAssessment.Architecture.Integrations;

/// <summary>An integration with the names of both ends (an end whose module was switched off shows its key).</summary>
public sealed record IntegrationRow(int Id, string From, string FromName, string To, string ToName, string DataExchanged,
    IntegrationMethod Method, IntegrationStatus Status);
