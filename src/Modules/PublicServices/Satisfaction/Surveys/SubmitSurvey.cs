using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Localization;
using Pamong.Platform.Web;
using Pamong.PublicServices.Applications;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Satisfaction.Surveys;

/// <summary>
/// Stores a questionnaire for a completed application, once: filled online by the applicant, or typed in
/// from paper by an officer whose area covers the applicant's village. Used by the page and the API.
/// </summary>
public sealed class SubmitSurvey(PublicServicesDb db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<PublicServicesText> text)
{
    /// <summary>The application and whether the caller may fill its survey (and how), or why not.</summary>
    public async Task<Outcome<SurveyTarget>> TargetAsync(string number, ClaimsPrincipal user, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Number == number, ct);
        if (application is null)
        {
            return Refusal.NotFound("application_not_found", text["SurveyApplicationNotFound", number]);
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        SurveyChannel channel;
        if (userId is not null && application.ApplicantUserId == userId)
        {
            channel = SurveyChannel.Online;
        }
        else if ((await authorization.AuthorizeAsync(user, new InRegion(application.VillageCode), Permissions.EnterServiceSurveys)).Succeeded)
        {
            channel = SurveyChannel.Paper;
        }
        else
        {
            return Refusal.Forbidden("survey_not_applicant", text["SurveyNotApplicant"]);
        }

        if (application.Status != ApplicationStatus.Completed)
        {
            return Refusal.Conflict("survey_application_not_completed", text["SurveyNotCompleted"]);
        }

        if (await db.SurveyResponses.AnyAsync(r => r.ApplicationId == application.Id, ct))
        {
            return Refusal.Conflict("survey_already_filled", text["SurveyAlreadyFilled"]);
        }

        var service = await db.Services.AsNoTracking().FirstAsync(s => s.Id == application.ServiceId, ct);
        return new SurveyTarget(application, service, channel);
    }

    public async Task<Outcome<SurveyResponse>> SubmitAsync(string number, SurveyInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var target = await TargetAsync(number, user, ct);
        if (target.Refusal is { } refusal)
        {
            return refusal;
        }

        if (Check(input) is { } invalid)
        {
            return invalid;
        }

        var (application, service, channel) = target.Value!;
        var now = clock.GetUtcNow();
        var response = new SurveyResponse
        {
            ApplicationId = application.Id,
            ServiceId = application.ServiceId,
            UnitCode = HandlingUnit.Of(service, application.VillageCode),
            VillageCode = application.VillageCode,
            Channel = channel,
            EnteredByUserId = channel == SurveyChannel.Paper ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null,
            At = now,
            Day = clock.WibToday(),
            AgeBand = Blank(input.AgeBand),
            Sex = Blank(input.Sex),
            Education = Blank(input.Education),
            Occupation = Blank(input.Occupation),
            Suggestion = Blank(input.Suggestion?.Trim()),
        };
        response.SetAnswers(input.Answers!);
        db.SurveyResponses.Add(response);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two submissions at once: the unique index on the application keeps only the first.
            return Refusal.Conflict("survey_already_filled", text["SurveyAlreadyFilled"]);
        }

        return response;
    }

    private Refusal? Check(SurveyInput input)
    {
        var errors = new FieldErrors();
        var answers = input.Answers ?? [];
        if (answers.Count != Ikm.Elements)
        {
            errors.Add(nameof(SurveyInput.Answers), text["SurveyAnswerCount", Ikm.Elements]);
        }
        else
        {
            for (var i = 0; i < answers.Count; i++)
            {
                if (answers[i] is < 1 or > 4)
                {
                    errors.Add($"{nameof(SurveyInput.Answers)}[{i}]", text["SurveyAnswerMissing", Ikm.ElementNames[i]]);
                }
            }
        }

        if (!RespondentProfile.IsValid(input.AgeBand, RespondentProfile.AgeBands))
        {
            errors.Add(nameof(SurveyInput.AgeBand), text["SurveyChoiceUnknown"]);
        }

        if (!RespondentProfile.IsValid(input.Sex, RespondentProfile.Sexes))
        {
            errors.Add(nameof(SurveyInput.Sex), text["SurveyChoiceUnknown"]);
        }

        if (!RespondentProfile.IsValid(input.Education, RespondentProfile.Educations))
        {
            errors.Add(nameof(SurveyInput.Education), text["SurveyChoiceUnknown"]);
        }

        if (!RespondentProfile.IsValid(input.Occupation, RespondentProfile.Occupations))
        {
            errors.Add(nameof(SurveyInput.Occupation), text["SurveyChoiceUnknown"]);
        }

        if (input.Suggestion is { Length: > 1000 })
        {
            errors.Add(nameof(SurveyInput.Suggestion), text["SurveySuggestionTooLong"]);
        }

        return errors.Any ? Refusal.Invalid("survey_invalid", text["SurveyInvalid"], errors.ToDictionary()) : null;
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

public sealed record SurveyTarget(Application Application, Catalogue.Service Service, SurveyChannel Channel);
