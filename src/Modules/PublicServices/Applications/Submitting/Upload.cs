namespace Pamong.PublicServices.Applications.Submitting;

/// <summary>A file sent for a File field of the form: from a multipart form, or base64 in the partner API.</summary>
public sealed record Upload(string FieldKey, string FileName, byte[] Content);
