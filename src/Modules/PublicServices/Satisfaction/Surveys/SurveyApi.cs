using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;

namespace Pamong.PublicServices.Satisfaction.Surveys;

/// <summary>
/// <c>POST /api/v1/applications/{number}/survey</c>: the applicant rates a completed application once
/// (<c>{"answers":[4,3,3,4,4,3,4,3,4], "ageBand":"U30", ...}</c>), or an officer of the applicant's area types in
/// the paper questionnaire.
/// </summary>
public static class SurveyApi
{
    public sealed record SurveyReceipt(string ApplicationNumber, string Channel, DateTimeOffset At, string UnitCode);

    public static void MapSurveyApi(this IEndpointRouteBuilder api) =>
        api.MapPost("/applications/{number}/survey", async (string number, SurveyInput input, ClaimsPrincipal user, SubmitSurvey surveys, CancellationToken ct) =>
            {
                var outcome = await surveys.SubmitAsync(number, input, user, ct);
                return outcome.Refusal is { } refusal
                    ? refusal.ToProblem()
                    : Results.Created($"/api/v1/ikm?unit={Uri.EscapeDataString(outcome.Value!.UnitCode)}",
                        new SurveyReceipt(number, outcome.Value.Channel.ToString(), outcome.Value.At, outcome.Value.UnitCode));
            })
            .RequireAuthorization(Permissions.SignedIn)
            .WithName("SubmitApplicationSurvey")
            .WithTags("IKM")
            .WithSummary("Stores the IKM questionnaire (9 answers 1–4) of a completed application, once: by its applicant, or typed in by an officer of the area.")
            .Produces<SurveyReceipt>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
}
