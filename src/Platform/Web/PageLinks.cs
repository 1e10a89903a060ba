namespace Pamong.Platform.Web;

/// <summary>The page links under a list: previous, "Halaman 2 dari 5", next; other query values are kept.</summary>
public sealed record PageLinks(int Page, int PageCount)
{
    public static PageLinks Of<T>(Paged<T> paged) => new(paged.Page, paged.PageCount);
}
