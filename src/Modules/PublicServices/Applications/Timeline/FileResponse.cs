using Microsoft.AspNetCore.Http;

namespace Pamong.PublicServices.Applications.Timeline;

/// <summary>Headers that keep a downloaded application file from running as a page of this site.</summary>
public static class FileResponse
{
    public static void Protect(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        response.Headers.CacheControl = "private, no-store";
    }
}
