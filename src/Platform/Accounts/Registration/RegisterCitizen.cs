using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Data;
using Pamong.Platform.People;

namespace Pamong.Platform.Accounts.Registration;

/// <summary>
/// Makes sure a confirmed citizen account has a resident (penduduk) record: the account and the record are
/// linked by NIK. An existing record is left as it is; a new one holds what registration knows.
/// </summary>
internal static class RegisterCitizen
{
    /// <summary>Adds (unsaved) a record for the registration's NIK when there is none; true when one was added.</summary>
    public static async Task<bool> EnsureAsync(PamongDb db, AccountRegistration registration, DateOnly today, DateTimeOffset now)
    {
        if (await db.Citizens.AnyAsync(c => c.Nik == registration.Nik))
        {
            return false;
        }

        var nik = Nik.Check(registration.Nik, today);
        db.Citizens.Add(new Citizen
        {
            Nik = registration.Nik,
            FullName = registration.FullName,
            BirthDate = nik.BirthDate ?? default,
            Sex = nik.Sex ?? Sex.Male,
            KkNumber = registration.KkNumber,
            VillageCode = registration.VillageCode,
            CreatedAt = now,
            UpdatedAt = now,
        });
        return true;
    }
}
