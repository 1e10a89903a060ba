namespace Pamong.Platform.People;

public enum ProblemSeverity
{
    Error,
    Warning,
}

/// <summary>
/// One finding about an identifier. <see cref="Code"/> is a stable English snake_case code
/// for programs; <see cref="Message"/> is for people, in Bahasa Indonesia.
/// </summary>
public sealed record IdentifierProblem(string Code, ProblemSeverity Severity, string Message)
{
    public static IdentifierProblem Error(string code, string message) => new(code, ProblemSeverity.Error, message);

    public static IdentifierProblem Warning(string code, string message) => new(code, ProblemSeverity.Warning, message);
}
