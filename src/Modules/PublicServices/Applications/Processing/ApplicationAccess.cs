using System.Security.Claims;
using Pamong.Platform.Accounts;

namespace Pamong.PublicServices.Applications.Processing;

/// <summary>
/// Who may open an application: leaders and inspectors (and API keys with "applications.read") every one;
/// an operator those of their area that their unit handles at some step; the operator who applied for the
/// citizen; the applicant. Acting is narrower: only at the current step (see <see cref="StepAuthority"/>).
/// </summary>
public static class ApplicationAccess
{
    private static readonly string[] ReadEverything = [Roles.Admin, Roles.Pimpinan, Roles.Inspektur];

    public static bool ReadsEverything(ClaimsPrincipal user) =>
        ReadEverything.Any(user.IsInRole) || user.HasClaim(AccountClaims.ScopeClaim, Permissions.ReadApplications);

    public static bool IsApplicant(ClaimsPrincipal user, Application application) =>
        application.ApplicantUserId is { } id && user.FindFirstValue(ClaimTypes.NameIdentifier) == id;

    public static bool CanView(ClaimsPrincipal user, IReadOnlyList<OfficerSeat> seats, ApplicationCase @case)
    {
        var application = @case.Application;
        return ReadsEverything(user)
            || IsApplicant(user, application)
            || (application.AssistedByUserId is { } helper && user.FindFirstValue(ClaimTypes.NameIdentifier) == helper)
            || @case.Steps.Any(step => StepAuthority.Holds(seats, step, application.VillageCode))
            || (@case.Service.OwnerUnitCode is { } owner && seats.Any(s => s.UnitCode == owner && s.Role == Roles.OpdOperator));
    }

    public static bool CanAct(IReadOnlyList<OfficerSeat> seats, ApplicationCase @case) =>
        @case.IsOpen && @case.CurrentStep is { } step && StepAuthority.Holds(seats, step, @case.Application.VillageCode);

    /// <summary>The name shown on the timeline for the signed-in person or partner.</summary>
    public static string ActorName(ClaimsPrincipal user) =>
        user.FindFirstValue(AccountClaims.FullNameClaim) is { Length: > 0 } full ? full : user.Identity?.Name ?? "";
}
