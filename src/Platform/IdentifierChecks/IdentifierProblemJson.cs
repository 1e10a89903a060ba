using Pamong.Platform.People;

namespace Pamong.Platform.IdentifierChecks;

/// <summary>One finding in a check result: <c>{"code":"nik_serial_zero","severity":"error","message":"..."}</c>.</summary>
public sealed record IdentifierProblemJson(string Code, string Severity, string Message)
{
    public static IdentifierProblemJson From(IdentifierProblem problem) =>
        new(problem.Code, problem.Severity == ProblemSeverity.Error ? "error" : "warning", problem.Message);
}
