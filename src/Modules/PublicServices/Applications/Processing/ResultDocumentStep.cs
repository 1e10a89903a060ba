using Microsoft.Extensions.Logging;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Applications.Processing;

/// <summary>
/// Issues the result document of a completed application: the one place where the approval calls the
/// signing feature. The approval is already saved when this runs, so a failure here never loses it: the
/// failure is put on the timeline and an officer can issue again ("terbitkan ulang").
/// </summary>
public sealed class ResultDocumentStep(PublicServicesDb db, TimeProvider clock, ILogger<ResultDocumentStep> log)
{
    /// <summary>Whether this build can issue documents (false until the signing feature is wired in).</summary>
    public static bool Available => false;

    public async Task IssueAsync(Application application, CancellationToken ct)
    {
        if (!Available)
        {
            // TODO(integrator): when branch `signing` is merged, call
            //   var issued = await resultDocument.IssueForAsync(application, ct);   // Pamong.PublicServices.Documents.ResultDocument
            //   application.DocumentId = issued.Id; and record ApplicationActions.DocumentIssued (below)
            // and set Available to true.
            return;
        }

        try
        {
            await Task.CompletedTask;
            Record(application, ApplicationActions.DocumentIssued, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Issuing the result document of {Number} failed", application.Number);
            db.ChangeTracker.Clear();
            Record(application, ApplicationActions.DocumentFailed, e.Message);
        }

        await db.SaveChangesAsync(ct);
    }

    private void Record(Application application, string action, string? reason) =>
        db.ApplicationEvents.Add(new ApplicationEvent
        {
            Id = Guid.NewGuid(),
            ApplicationId = application.Id,
            At = clock.GetUtcNow().UtcDateTime,
            Action = action,
            StepOrder = application.CurrentStep,
            ActorName = "sistem",
            Reason = reason,
        });
}
