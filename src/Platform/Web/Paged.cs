using System.Text.Json.Serialization;

namespace Pamong.Platform.Web;

/// <summary>
/// One page of a list, as the API returns it: <c>{"items":[...],"page":1,"pageSize":20,"total":123}</c>
/// (the helpers for pages below are not part of the JSON).
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    [JsonIgnore]
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;

    [JsonIgnore]
    public bool HasPrevious => Page > 1;

    [JsonIgnore]
    public bool HasNext => Page < PageCount;
}

public static class Paging
{
    public const int DefaultSize = 20;
    public const int MaxSize = 200;

    /// <summary>Clamps what a caller asked for to a sane page number and size.</summary>
    public static (int Page, int Size) Clamp(int? page, int? size) =>
        (Math.Max(1, page ?? 1), Math.Clamp(size ?? DefaultSize, 1, MaxSize));
}
