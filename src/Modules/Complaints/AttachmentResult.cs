using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Pamong.Complaints;

/// <summary>An attachment download: always as a file to save (never rendered inline) and never content-sniffed by the browser.</summary>
internal sealed class AttachmentResult(byte[] bytes, string contentType, string fileName) : IResult
{
    public Task ExecuteAsync(HttpContext http)
    {
        http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return Results.File(bytes, contentType, fileName).ExecuteAsync(http);
    }
}
