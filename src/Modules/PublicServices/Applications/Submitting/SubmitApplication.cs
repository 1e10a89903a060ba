using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts.Registration;
using Pamong.Platform.People;
using Pamong.Platform.Web;
using Pamong.PublicServices.Applications.Notices;
using Pamong.PublicServices.Applications.Numbering;
using Pamong.PublicServices.Calendar;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Applications.Submitting;

/// <summary>
/// Makes an application from a filled-in form, for every channel (online, at the counter, a partner system):
/// checks the applicant, the answers and the files against the service's current workflow version, gives
/// it its number, puts it at the first step with its due date, and notifies the applicant: the application, its
/// files, timeline event and notices in one save (the number is taken just before it, see <see cref="ApplicationNumbers"/>).
/// </summary>
public sealed class SubmitApplication(
    PublicServicesDb db, WorkingDayCalendar calendar, ApplicationForm form, VillageChoices villages, ApplicationNotices notices,
    TimeProvider clock, IStringLocalizer<PublicServicesText> text)
{
    public async Task<Outcome<Application>> SubmitAsync(ApplicationRequest request, string actorName, CancellationToken ct = default)
    {
        var service = await db.Services.AsNoTracking().FirstOrDefaultAsync(s => s.Code == request.ServiceCode && s.IsPublished, ct);
        if (service is null)
        {
            return Refusal.NotFound("service_not_found", text["service_not_found"]);
        }

        var version = await db.WorkflowVersions.AsNoTracking().Include(v => v.Steps).Include(v => v.Fields)
            .FirstOrDefaultAsync(v => v.ServiceId == service.Id && v.IsCurrent, ct);
        var first = version?.Steps.OrderBy(s => s.Order).FirstOrDefault();
        if (version is null || first is null)
        {
            return Refusal.Conflict("service_not_open", text["service_not_open"]);
        }

        var today = calendar.Today();
        var problems = new List<Refusal>();
        var applicant = request.Applicant;
        var nik = Nik.Check(applicant.Nik, today);
        if (!nik.Valid)
        {
            problems.Add(Refusal.OnField("nik_invalid", "ApplicantNik", text["nik_invalid"]));
        }

        var name = (applicant.Name ?? "").Trim();
        if (name.Length is 0 or > 200)
        {
            problems.Add(Refusal.OnField("name_required", "ApplicantName", text["name_required"]));
        }

        if (await villages.FindAsync(applicant.VillageCode) is null)
        {
            problems.Add(Refusal.OnField("village_unknown", "VillageCode", text["village_unknown"]));
        }

        var (email, phone) = CheckContact(applicant, problems);
        var checkedForm = form.Check(version.Fields, request.Answers, request.Files, new HashSet<string>(), today);
        problems.AddRange(checkedForm.Problems);
        if (problems.Count > 0)
        {
            return Refusal.Combine(problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var application = new Application
        {
            Id = Guid.NewGuid(),
            ServiceId = service.Id,
            WorkflowVersionId = version.Id,
            ApplicantNik = nik.Input,
            ApplicantName = name,
            ApplicantUserId = applicant.UserId,
            Channel = applicant.Channel,
            AssistedByUserId = applicant.AssistedByUserId,
            PartnerName = applicant.PartnerName,
            ContactEmail = email,
            ContactPhone = phone,
            VillageCode = applicant.VillageCode!.Trim(),
            Status = ApplicationStatus.Submitted,
            CurrentStep = first.Order,
            StepDueOn = (await calendar.LoadAsync(ct)).Add(today, first.SlaWorkingDays),
            SubmittedAt = now,
            AnswersJson = JsonSerializer.Serialize(checkedForm.Answers),
        };

        application.Number = await ApplicationNumbers.NextAsync(db, today.Year, ct);
        db.Applications.Add(application);
        foreach (var file in checkedForm.Files)
        {
            db.ApplicationFiles.Add(ToFile(application.Id, file, now));
        }

        db.ApplicationEvents.Add(new ApplicationEvent
        {
            Id = Guid.NewGuid(),
            ApplicationId = application.Id,
            At = now,
            Action = ApplicationActions.Submitted,
            StepOrder = first.Order,
            ActorUserId = applicant.AssistedByUserId ?? applicant.UserId,
            ActorName = actorName,
        });
        notices.Enqueue(application, service.Name, ApplicationActions.Submitted);
        await db.SaveChangesAsync(ct);
        return application;
    }

    internal static ApplicationFile ToFile(Guid applicationId, CheckedUpload file, DateTime now) => new()
    {
        Id = Guid.NewGuid(),
        ApplicationId = applicationId,
        FieldKey = file.Upload.FieldKey,
        FileName = file.FileName,
        ContentType = file.ContentType,
        Length = file.Upload.Content.LongLength,
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Upload.Content)),
        Content = file.Upload.Content,
        UploadedAt = now,
    };

    private (string? Email, string? Phone) CheckContact(Applicant applicant, List<Refusal> problems)
    {
        string? email = null, phone = null;
        if (!string.IsNullOrWhiteSpace(applicant.Email))
        {
            if (EmailAddress.TryNormalise(applicant.Email, out var address))
            {
                email = address;
            }
            else
            {
                problems.Add(Refusal.OnField("email_invalid", "Email", text["email_invalid"]));
            }
        }

        if (!string.IsNullOrWhiteSpace(applicant.Phone))
        {
            if (IndonesianPhone.TryNormalise(applicant.Phone, out var e164))
            {
                phone = e164;
            }
            else
            {
                problems.Add(Refusal.OnField("phone_invalid", "Phone", text["phone_invalid"]));
            }
        }

        return (email, phone);
    }
}
