using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Pamong.Platform.Web;
using Pamong.PublicServices.Data;
using Pamong.PublicServices.Documents;

namespace Pamong.PublicServices.Applications.Processing;

/// <summary>
/// Issues the result document of a completed application: the one place where the approval calls the
/// signing feature. The approval is already saved when this runs, so a failure here never loses it: the
/// failure is put on the timeline and an officer can issue again ("terbitkan ulang").
/// </summary>
public sealed class ResultDocumentStep(
    PublicServicesDb db, ResultDocument resultDocument, OfficerSeats officerSeats, TimeProvider clock, ILogger<ResultDocumentStep> log, IStringLocalizer<PublicServicesText> text)
{
    public async Task IssueAsync(Application application, CancellationToken ct)
    {
        var documentId = application.DocumentId;
        string failure;
        try
        {
            // One transaction: the letter number, the document in the register, DocumentId and this timeline event.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            Record(application, ApplicationActions.DocumentIssued, null);
            await resultDocument.IssueForAsync(application, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Issuing the result document of {Number} failed", application.Number);
            db.ChangeTracker.Clear();
            application.DocumentId = documentId;
            failure = e.Message;
        }

        Record(application, ApplicationActions.DocumentFailed, failure);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>"Terbitkan ulang": issues the document of a completed application that has none, by an officer of its last step.</summary>
    public async Task<Outcome<Application>> ReissueAsync(string number, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var @case = await ApplicationCase.LoadAsync(db, number, tracked: true, ct);
        var seats = await officerSeats.ForAsync(user, ct);
        if (@case is null || !ApplicationAccess.CanView(user, seats, @case))
        {
            return Refusal.NotFound("application_not_found", text["application_not_found"]);
        }

        if (@case.Application.Status != ApplicationStatus.Completed || @case.Application.DocumentId is not null)
        {
            return Refusal.Conflict("document_not_issuable", text["document_not_issuable"]);
        }

        if (!StepAuthority.Holds(seats, @case.Steps[^1], @case.Application.VillageCode))
        {
            return Refusal.Forbidden("step_not_yours", text["step_not_yours"]);
        }

        await IssueAsync(@case.Application, ct);
        return @case.Application;
    }

    // The document follows the completion on the timeline (the completion is stamped 1 ms after the approval).
    private void Record(Application application, string action, string? reason) =>
        db.ApplicationEvents.Add(new ApplicationEvent
        {
            Id = Guid.NewGuid(),
            ApplicationId = application.Id,
            At = Later(clock.GetUtcNow().UtcDateTime, application.CompletedAt?.AddMilliseconds(2)),
            Action = action,
            StepOrder = application.CurrentStep,
            ActorName = "sistem",
            Reason = reason,
        });

    private static DateTime Later(DateTime now, DateTime? floor) => floor is { } f && f > now ? f : now;
}
