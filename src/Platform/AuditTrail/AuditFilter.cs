using System.Globalization;
using Pamong.Platform.Localization;

namespace Pamong.Platform.AuditTrail;

/// <summary>
/// What an inspector searches the audit trail for, exactly as typed in the form or the query string
/// (<c>?from=2026-11-01&amp;to=2026-11-30&amp;actor=&amp;action=&amp;subject=&amp;subjectId=&amp;q=</c>).
/// Dates are whole days in WIB; actor and keyword match part of a value, ignoring case.
/// </summary>
public sealed class AuditFilter
{
    public const int MaxLength = 200;

    public string? From { get; set; }
    public string? To { get; set; }
    public string? Actor { get; set; }
    public string? Action { get; set; }
    public string? Subject { get; set; }
    public string? SubjectId { get; set; }
    public string? Q { get; set; }

    /// <summary>The zone the dates are days of.</summary>
    public static TimeZoneInfo Zone => IndonesianFormat.Wib;

    public bool IsEmpty => Values().All(v => string.IsNullOrWhiteSpace(v.Value));

    /// <summary>The problems, by field name (lower case, as in the query string), each an <see cref="AuditText"/> key.</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var problems = new Dictionary<string, string>();
        var from = ParseDate(From, "from", problems);
        var to = ParseDate(To, "to", problems);
        if (from > to)
        {
            problems["to"] = "FilterRangeInvalid";
        }

        foreach (var (name, value) in Values())
        {
            if (value?.Trim().Length > MaxLength)
            {
                problems[name] = "FilterTooLong";
            }
        }

        return problems;
    }

    /// <summary>Narrows the records to this filter; call only when <see cref="Validate"/> found nothing.</summary>
    // ToLower and Contains run in the database (lower(), instr/strpos), where no .NET culture applies.
#pragma warning disable CA1304, CA1311, CA1862
    public IQueryable<AuditRecord> Apply(IQueryable<AuditRecord> records)
    {
        if (ParseDate(From) is { } from)
        {
            var start = StartOfDayUtc(from);
            records = records.Where(r => r.OccurredAt >= start);
        }

        if (ParseDate(To) is { } to)
        {
            var end = StartOfDayUtc(to.AddDays(1));
            records = records.Where(r => r.OccurredAt < end);
        }

        if (Trimmed(Actor) is { } actor)
        {
            var part = actor.ToLowerInvariant();
            records = records.Where(r => r.ActorName.ToLower().Contains(part) || r.ActorId == actor);
        }

        if (Trimmed(Action) is { } action)
        {
            records = records.Where(r => r.Action == action);
        }

        if (Trimmed(Subject) is { } subject)
        {
            records = records.Where(r => r.Subject == subject);
        }

        if (Trimmed(SubjectId) is { } subjectId)
        {
            records = records.Where(r => r.SubjectId == subjectId);
        }

        if (Trimmed(Q) is { } q)
        {
            var part = q.ToLowerInvariant();
            records = records.Where(r =>
                r.ActorName.ToLower().Contains(part)
                || r.Action.ToLower().Contains(part)
                || r.Subject.ToLower().Contains(part)
                || (r.SubjectId != null && r.SubjectId.ToLower().Contains(part))
                || (r.IpAddress != null && r.IpAddress.Contains(part))
                || (r.Reason != null && r.Reason.ToLower().Contains(part))
                || (r.Before != null && r.Before.ToLower().Contains(part))
                || (r.After != null && r.After.ToLower().Contains(part)));
        }

        return records;
    }
#pragma warning restore CA1304, CA1311, CA1862

    /// <summary>The non-empty values as query-string pairs, to carry the filter into paging and export links.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Values() =>
    [
        new("from", From), new("to", To), new("actor", Actor), new("action", Action),
        new("subject", Subject), new("subjectId", SubjectId), new("q", Q),
    ];

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? ParseDate(string? value, string? field = null, Dictionary<string, string>? problems = null)
    {
        if (Trimmed(value) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (field is not null)
        {
            problems![field] = "FilterDateInvalid";
        }

        return null;
    }

    private static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);
}
