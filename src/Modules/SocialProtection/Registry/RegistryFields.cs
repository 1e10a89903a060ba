using System.Globalization;
using Microsoft.Extensions.Localization;
using Pamong.Platform.People;
using Pamong.Platform.Web;

namespace Pamong.SocialProtection.Registry;

/// <summary>
/// Checks and converts typed or imported registry values. Forms and the API are <c>strict</c>: a NIK must pass
/// the platform's NIK check and agree with the birth date and sex. Imports are lenient: a 16-digit NIK that fails
/// the structure, or contradicts the row, is taken with a warning, because dropping a household over a typo is
/// worse than verifying it — the data-quality pass turns it into a finding for the village.
/// </summary>
public sealed class RegistryFields(IStringLocalizer<PerlinsosText> text)
{
    public HouseholdValues? Household(HouseholdInput input, DateOnly today, FieldErrors errors, List<string> warnings, bool strict)
    {
        var kk = Digits(input.KkNumber);
        var kkCheck = KkNumber.Check(kk, today);
        if (kk.Length != 16 || kk.Any(c => !char.IsAsciiDigit(c)))
        {
            errors.Add("KkNumber", text["KkInvalid"]);
        }
        else if (!kkCheck.Valid)
        {
            (strict ? (Action<string>)(m => errors.Add("KkNumber", m)) : warnings.Add)(text["KkStructure", string.Join(" ", kkCheck.Problems.Select(p => p.Message))]);
        }

        var village = input.VillageCode?.Trim() ?? "";
        if (village.Length == 0)
        {
            errors.Add("VillageCode", text["VillageRequired"]);
        }

        var rt = Neighbourhood(input.Rt, "Rt", errors);
        var rw = Neighbourhood(input.Rw, "Rw", errors);
        var address = input.Address?.Trim() ?? "";
        if (address.Length is 0 or > 300)
        {
            errors.Add("Address", text["AddressRequired"]);
        }

        var decile = Whole(input.WelfareDecile, "WelfareDecile", 1, 10, errors);
        var income = Amount(input.MonthlyIncome, "MonthlyIncome", errors);
        var floor = Coded(input.FloorMaterial, Vocabulary.FloorOf, "FloorMaterial", errors);
        var wall = Coded(input.WallMaterial, Vocabulary.WallOf, "WallMaterial", errors);
        var roof = Coded(input.RoofMaterial, Vocabulary.RoofOf, "RoofMaterial", errors);
        var floorArea = Area(input.FloorArea, "FloorArea", errors);
        var va = Whole(input.ElectricityVa, "ElectricityVa", 0, 1_000_000, errors);
        var land = Area(input.LandArea, "LandArea", errors);
        var large = Whole(input.LargeLivestock, "LargeLivestock", 0, 10_000, errors) ?? 0;
        var small = Whole(input.SmallLivestock, "SmallLivestock", 0, 10_000, errors) ?? 0;
        var motorcycles = Whole(input.Motorcycles, "Motorcycles", 0, 100, errors) ?? 0;
        var cars = Whole(input.Cars, "Cars", 0, 100, errors) ?? 0;
        return errors.Any ? null : new HouseholdValues(kk, village, rt, rw, address, decile, income, floor, wall, roof, floorArea, va, land, large, small, motorcycles, cars);
    }

    public MemberValues? Member(MemberInput input, string prefix, DateOnly today, FieldErrors errors, List<string> warnings, bool strict)
    {
        var before = errors.ToDictionary().Count;
        var nik = Digits(input.Nik);
        NikCheck? check = null;
        if (nik.Length != 16 || nik.Any(c => !char.IsAsciiDigit(c)))
        {
            errors.Add(prefix + "Nik", text["NikNot16"]);
        }
        else
        {
            check = Nik.Check(nik, today);
            if (!check.Valid)
            {
                var message = text["NikStructure", nik, string.Join(" ", check.Problems.Select(p => p.Message))];
                if (strict)
                {
                    errors.Add(prefix + "Nik", message);
                }
                else
                {
                    warnings.Add(message);
                }
            }
        }

        var name = Collapse(input.Name);
        if (name.Length is < 2 or > 150)
        {
            errors.Add(prefix + "Name", text["NameRequired"]);
        }

        var place = Collapse(input.BirthPlace);
        if (place.Length > 100)
        {
            errors.Add(prefix + "BirthPlace", text["BirthPlaceTooLong"]);
        }

        var birth = Date(input.BirthDate);
        if (birth is null || birth > today || birth < today.AddYears(-130))
        {
            errors.Add(prefix + "BirthDate", text["BirthDateInvalid"]);
        }

        var sex = Vocabulary.SexOf(input.Sex);
        if (sex is null)
        {
            errors.Add(prefix + "Sex", text["SexInvalid"]);
        }

        var relationship = Vocabulary.RelationshipOf(input.Relationship);
        if (relationship is null)
        {
            errors.Add(prefix + "Relationship", text["RelationshipInvalid"]);
        }

        var disability = Vocabulary.DisabilityOf(input.Disability);
        if (disability is null)
        {
            errors.Add(prefix + "Disability", text["DisabilityInvalid"]);
        }

        if (check is { Valid: true } && birth is { } date && sex is { } s && (check.BirthDate != date || check.Sex != s))
        {
            var message = text["NikContradicts", nik];
            if (strict)
            {
                errors.Add(prefix + "Nik", message);
            }
            else
            {
                warnings.Add(message);
            }
        }

        if (errors.ToDictionary().Count > before)
        {
            return null;
        }

        return new MemberValues(nik, name, place, birth!.Value, sex!.Value, relationship!.Value, Collapse(input.Occupation), disability!.Value,
            input.ChronicIllness, input.Pregnant);
    }

    /// <summary>16-digit numbers arrive with spaces, a leading apostrophe (Excel) or in scientific notation; keep the digits typed.</summary>
    public static string Digits(string? value)
    {
        var t = value?.Trim().TrimStart('\'') ?? "";
        return t.Replace(" ", "", StringComparison.Ordinal);
    }

    public static string Collapse(string? value) =>
        string.Join(' ', (value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>yyyy-MM-dd, dd-MM-yyyy, dd/MM/yyyy, or an Excel date serial.</summary>
    public static DateOnly? Date(string? value)
    {
        var t = value?.Trim() ?? "";
        string[] formats = ["yyyy-MM-dd", "dd-MM-yyyy", "dd/MM/yyyy", "d/M/yyyy", "d-M-yyyy", "yyyy-MM-ddTHH:mm:ss"];
        if (DateTime.TryParseExact(t, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return DateOnly.FromDateTime(parsed);
        }

        if (t.Length is 4 or 5 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var serial))
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        return null;
    }

    private string Neighbourhood(string? value, string field, FieldErrors errors)
    {
        var t = value?.Trim() ?? "";
        if (t.Length is < 1 or > 3 || !t.All(char.IsAsciiDigit))
        {
            errors.Add(field, text["RtRwInvalid"]);
            return "";
        }

        return t.PadLeft(3, '0');
    }

    private int? Whole(string? value, string field, int min, int max, FieldErrors errors)
    {
        var t = (value?.Trim() ?? "").Replace(".", "", StringComparison.Ordinal);
        if (t.Length == 0)
        {
            return null;
        }

        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        errors.Add(field, text["NumberBetween", min, max]);
        return null;
    }

    /// <summary>Rupiah: "1500000", "1.500.000" or "1,500,000".</summary>
    private long? Amount(string? value, string field, FieldErrors errors)
    {
        var t = (value?.Trim() ?? "").Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace("Rp", "", StringComparison.OrdinalIgnoreCase).Trim();
        if (t.Length == 0)
        {
            return null;
        }

        if (long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 10_000_000_000)
        {
            return n;
        }

        errors.Add(field, text["AmountInvalid"]);
        return null;
    }

    /// <summary>Square metres: "36", "36.5" or "36,5".</summary>
    private decimal? Area(string? value, string field, FieldErrors errors)
    {
        var t = value?.Trim() ?? "";
        if (t.Length == 0)
        {
            return null;
        }

        if (!t.Contains('.', StringComparison.Ordinal))
        {
            t = t.Replace(',', '.');
        }

        if (decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && n < 10_000_000)
        {
            return Math.Round(n, 2);
        }

        errors.Add(field, text["AreaInvalid"]);
        return null;
    }

    private T? Coded<T>(string? value, Func<string?, T?> find, string field, FieldErrors errors)
        where T : struct
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var found = find(value);
        if (found is null)
        {
            errors.Add(field, text["ValueUnknown", value.Trim()]);
        }

        return found;
    }
}
