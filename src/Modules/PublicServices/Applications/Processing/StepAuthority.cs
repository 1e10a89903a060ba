using System.Linq.Expressions;
using Pamong.PublicServices.Catalogue;
using Pamong.PublicServices.Data;
using Pamong.PublicServices.Workflows;

namespace Pamong.PublicServices.Applications.Processing;

/// <summary>
/// Who handles a step: its role, at the applicant's village (desa steps), at the village's kecamatan
/// (kecamatan steps), or at the step's named unit (OPD steps). Used for single actions and for the queue query.
/// </summary>
public static class StepAuthority
{
    /// <summary>Kecamatan codes are "PP.RR.DD": the first 8 characters of a village code "PP.RR.DD.VVVV".</summary>
    private const int KecamatanCodeLength = 8;

    public static bool Holds(IEnumerable<OfficerSeat> seats, WorkflowStep step, string villageCode)
    {
        var keys = seats.SelectMany(s => s.Keys).ToHashSet();
        return keys.Contains(KeyOf(step, villageCode));
    }

    /// <summary>The "Role|code" a seat must hold to act at <paramref name="step"/> for an applicant of <paramref name="villageCode"/>.</summary>
    public static string KeyOf(WorkflowStep step, string villageCode) => step.Level switch
    {
        ServiceLevel.Desa => step.Role + "|" + villageCode,
        ServiceLevel.Kecamatan => step.Role + "|" + (villageCode.Length >= KecamatanCodeLength ? villageCode[..KecamatanCodeLength] : villageCode),
        _ => step.Role + "|" + step.UnitCode,
    };

    /// <summary>Applications whose current step the seats handle (one SQL condition; the same rule as <see cref="Holds"/>).</summary>
#pragma warning disable CA1845 // Substring is what EF translates to SQL here.
    public static Expression<Func<Application, bool>> AtSeats(PublicServicesDb db, IEnumerable<OfficerSeat> seats)
    {
        var keys = seats.SelectMany(s => s.Keys).Distinct().ToList();
        return a => db.WorkflowSteps.Any(s => s.WorkflowVersionId == a.WorkflowVersionId && s.Order == a.CurrentStep
            && ((s.Level == ServiceLevel.Desa && keys.Contains(s.Role + "|" + a.VillageCode))
                || (s.Level == ServiceLevel.Kecamatan && keys.Contains(s.Role + "|" + a.VillageCode.Substring(0, KecamatanCodeLength)))
                || (s.Level == ServiceLevel.Opd && keys.Contains(s.Role + "|" + s.UnitCode))));
    }
#pragma warning restore CA1845
}
