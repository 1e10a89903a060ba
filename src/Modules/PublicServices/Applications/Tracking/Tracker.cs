using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Pamong.PublicServices.Applications.Numbering;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Applications.Tracking;

/// <summary>
/// Public tracking: an application is found only by its number together with the applicant's NIK (both must
/// match; a wrong number and a wrong NIK look the same to the caller). One query on the number's unique index,
/// compiled once per database engine: tracking is the busiest anonymous call, and a compiled query neither builds
/// nor looks up an expression tree per request. (A compiled query keeps the model of the first context it ran
/// on, so each concrete context type — PostgreSQL, SQLite — gets its own.)
/// </summary>
public sealed class Tracker(PublicServicesDb db)
{
    private static readonly ConcurrentDictionary<Type, Func<PublicServicesDb, string, string, CancellationToken, Task<TrackResult?>>> Compiled = new();

    private static Func<PublicServicesDb, string, string, CancellationToken, Task<TrackResult?>> Compile(Type _) =>
        EF.CompileAsyncQuery((PublicServicesDb db, string number, string nik, CancellationToken ct) => db.Applications.AsNoTracking()
            .Where(a => a.Number == number && a.ApplicantNik == nik)
            .Select(a => new TrackResult(
                a.Number,
                db.Services.Where(s => s.Id == a.ServiceId).Select(s => s.Name).First(),
                a.Status,
                a.CurrentStep,
                db.WorkflowSteps.Where(s => s.WorkflowVersionId == a.WorkflowVersionId && s.Order == a.CurrentStep).Select(s => s.Name).FirstOrDefault(),
                db.WorkflowSteps.Count(s => s.WorkflowVersionId == a.WorkflowVersionId),
                a.SubmittedAt,
                a.StepDueOn,
                a.CompletedAt))
            .FirstOrDefault());

    public async Task<TrackResult?> FindAsync(string? number, string? nik, CancellationToken ct = default)
    {
        var normalized = ApplicationNumbers.Normalize(number);
        var applicant = (nik ?? "").Trim();
        if (normalized is null || applicant.Length != 16)
        {
            return null;
        }

        return await Compiled.GetOrAdd(db.GetType(), Compile)(db, normalized, applicant, ct);
    }
}
